package io.dschema.ide;

import io.dschema.model.SourceRange;

/** Source ranges for code point offsets into a file's text, counted the way the engine counts them. */
final class TextRanges {

    private TextRanges() {
    }

    /** The range from {@code start} to {@code end} (code points, end exclusive), with 1-based lines and columns. */
    static SourceRange of(String file, String text, int start, int end) {
        int[] from = lineAndColumn(text, start);
        int[] to = lineAndColumn(text, end);
        return new SourceRange(file, start, end, from[0], from[1], to[0], to[1]);
    }

    /** The number of code points of {@code text}. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static int[] lineAndColumn(String text, int offset) {
        int line = 1;
        int column = 1;
        int seen = 0;
        for (int i = 0; i < text.length() && seen < offset; seen++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n');
            i += Character.charCount(text.codePointAt(i));
            if (lineBreak) {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
