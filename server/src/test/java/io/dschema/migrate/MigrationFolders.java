package io.dschema.migrate;

import io.dschema.migrate.folder.Journal;
import io.dschema.migrate.folder.JournalEntry;
import io.dschema.migrate.folder.MigrationFile;
import io.dschema.migrate.folder.MigrationFolder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes migration folders by hand in drizzle-kit's layout for tests: {@code <tag>.sql} as given and
 * the journal through {@link Journal} (snapshots are not needed by migrate and status).
 */
public final class MigrationFolders {

    /** Journal entries are 1000 ms apart from this instant on (a fixed, realistic {@code when}). */
    public static final long FIRST_WHEN = 1_795_628_843_819L;

    private MigrationFolders() {
    }

    /** Appends a migration with the next idx, {@code when} = FIRST_WHEN + 1000 * idx. */
    public static MigrationFile add(Path out, String tag, String sql) throws IOException {
        return add(out, tag, sql, true, null);
    }

    /** Appends a migration; {@code when} null: FIRST_WHEN + 1000 * idx. */
    public static MigrationFile add(Path out, String tag, String sql, boolean breakpoints, Long when) throws IOException {
        MigrationFolder folder = new MigrationFolder(out);
        Journal journal = folder.exists() ? folder.read().journal() : Journal.empty("sqlite");
        int idx = journal.entries().size();
        JournalEntry entry = new JournalEntry(idx, "6", when == null ? FIRST_WHEN + 1000L * idx : when, tag, breakpoints);
        MigrationFolder.writeAtomically(folder.sqlFile(tag), sql);
        MigrationFolder.writeAtomically(folder.journalFile(), journal.with(entry).toJson());
        return new MigrationFile(entry, sql);
    }

    /** Joins statements as drizzle-kit does (breakpoint markers). */
    public static String drizzleKit(String... statements) {
        return MigrationFile.join(List.of(statements), true);
    }

    public static List<MigrationFile> read(Path out) {
        MigrationFolder.Contents contents = new MigrationFolder(out).read();
        if (!contents.problems().isEmpty()) {
            throw new AssertionError(contents.problems().toString());
        }
        return new ArrayList<>(contents.migrations());
    }

    public static void edit(Path out, String tag, String sql) throws IOException {
        Files.writeString(new MigrationFolder(out).sqlFile(tag), sql, StandardCharsets.UTF_8);
    }
}
