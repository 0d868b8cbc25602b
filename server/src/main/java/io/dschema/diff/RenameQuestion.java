package io.dschema.diff;

import java.util.List;

/**
 * A table (or a column of one table) dropped and another added, with no {@code renamed from} hint:
 * maybe a rename, maybe not. Never guessed (LANGUAGE.md, "Renames"): the user answers, or adds the
 * hint.
 *
 * @param table for a column question, the table (its target name); for a table question, null
 * @param added the new table or column
 * @param candidates the dropped ones it might be renamed from, in baseline order
 */
public record RenameQuestion(Kind kind, String table, String added, List<String> candidates) {

    public enum Kind { TABLE, COLUMN }

    public RenameQuestion {
        candidates = List.copyOf(candidates);
    }

    /** The hint that settles it as a rename from {@code candidate}, for messages: {@code renamed from pos}. */
    public String hintFor(String candidate) {
        return "renamed from " + candidate;
    }
}
