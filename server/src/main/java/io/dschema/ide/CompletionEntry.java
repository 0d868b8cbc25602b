package io.dschema.ide;

import io.dschema.model.SourceRange;

/**
 * One completion proposal.
 *
 * @param label what the list shows, e.g. {@code not null}
 * @param detail one line beside it (a column's type, a function's signature), or null
 * @param insertText the text that replaces {@code replace}; a snippet's holds {@code $1}, {@code $0} placeholders
 * @param snippet whether {@code insertText} is in the snippet syntax
 * @param replace the word typed so far before the cursor (empty at the cursor when none)
 */
public record CompletionEntry(String label, Kind kind, String detail, String insertText, boolean snippet, SourceRange replace) {

    /** What the proposal is, for its icon. */
    public enum Kind { KEYWORD, SNIPPET, TYPE, TABLE, COLUMN, FUNCTION, COLLATION }
}
