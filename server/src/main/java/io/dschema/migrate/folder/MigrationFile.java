package io.dschema.migrate.folder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One migration: its journal entry and the text of {@code <tag>.sql} exactly as stored.
 * drizzle-orm's migrator splits the text at {@code --> statement-breakpoint} (keeping empty
 * chunks, trimming nothing) and records {@code sha256(text)} in lowercase hex: both are done the
 * same way here, so a folder applied by either is recognised by the other.
 */
public record MigrationFile(JournalEntry entry, String text) {

    public static final String BREAKPOINT = "--> statement-breakpoint";

    /** sha256 of the whole file text, lowercase hex, as drizzle-orm computes it. */
    public String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The chunks drizzle-orm runs one by one: the text split at each breakpoint marker, chunks kept as they are. */
    public List<String> chunks() {
        List<String> chunks = new ArrayList<>();
        int from = 0;
        while (true) {
            int at = text.indexOf(BREAKPOINT, from);
            if (at < 0) {
                chunks.add(text.substring(from));
                return chunks;
            }
            chunks.add(text.substring(from, at));
            from = at + BREAKPOINT.length();
        }
    }

    /** The migration file's text for statements, as drizzle-kit joins them. */
    public static String join(List<String> statements, boolean breakpoints) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < statements.size(); i++) {
            String statement = statements.get(i);
            text.append(statement);
            if (!statement.endsWith(";")) {
                text.append(';');
            }
            if (i < statements.size() - 1) {
                // drizzle-kit: a multi-line statement ends with its own line, the marker on the next
                text.append(statement.contains("\n") ? "\n" : "");
                text.append(breakpoints ? BREAKPOINT + "\n" : "\n");
            }
        }
        return text.toString();
    }
}
