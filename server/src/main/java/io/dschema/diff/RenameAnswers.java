package io.dschema.diff;

import io.dschema.model.Names;

import java.util.HashMap;
import java.util.Map;

/**
 * Answers to {@link RenameQuestion}s, given to the differ on top of the schema's hints: either
 * "renamed from X" or "created" (dropped and created). {@link #DROP_AND_CREATE} answers every
 * question "created" ({@code --force}).
 */
public final class RenameAnswers {

    public static final RenameAnswers NONE = new RenameAnswers(Map.of(), false);
    public static final RenameAnswers DROP_AND_CREATE = new RenameAnswers(Map.of(), true);

    /** Key: {@code table} or {@code table.column} (target names, folded); value: the old name, or null for "created". */
    private final Map<String, String> answers;
    private final boolean createAll;

    private RenameAnswers(Map<String, String> answers, boolean createAll) {
        this.answers = Map.copyOf(answers);
        this.createAll = createAll;
    }

    public RenameAnswers renamed(RenameQuestion question, String from) {
        return with(question, from);
    }

    public RenameAnswers created(RenameQuestion question) {
        return with(question, "");
    }

    private RenameAnswers with(RenameQuestion question, String from) {
        Map<String, String> next = new HashMap<>(answers);
        next.put(key(question.table(), question.added()), from);
        return new RenameAnswers(next, createAll);
    }

    /** Whether the question about {@code added} (in {@code table}, null for tables) has an answer. */
    public boolean answered(String table, String added) {
        return createAll || answers.containsKey(key(table, added));
    }

    /** The old name answered for {@code added}, or null when it was answered "created" or not at all. */
    public String renamedFrom(String table, String added) {
        String from = answers.get(key(table, added));
        return from == null || from.isEmpty() ? null : from;
    }

    private static String key(String table, String added) {
        return table == null ? Names.fold(added) : Names.fold(table) + "." + Names.fold(added);
    }
}
