package io.dschema.model;

/**
 * Where something stands in a source file. Offsets count code points from the start of the text
 * ({@code end} exclusive); lines and columns are 1-based and count code points too. The language
 * server converts them to UTF-16 positions; nothing else needs to.
 */
public record SourceRange(String file, int start, int end, int line, int column, int endLine, int endColumn) {

    /** For objects that come from a database or a snapshot rather than from a file. */
    public static final SourceRange NONE = new SourceRange("", 0, 0, 0, 0, 0, 0);

    public boolean isNone() {
        return line == 0;
    }

    public boolean contains(int offset) {
        return offset >= start && offset <= end;
    }
}
