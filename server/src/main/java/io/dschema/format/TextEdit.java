package io.dschema.format;

import java.util.List;

/**
 * Replace the text from {@code start} (inclusive) to {@code end} (exclusive) by {@code newText}.
 * Offsets count code points, as every offset inside dschema does; the language server converts
 * them to the protocol's UTF-16 positions.
 */
public record TextEdit(int start, int end, String newText) {

    /** Applies edits that are sorted by position and do not overlap. */
    public static String apply(String text, List<TextEdit> edits) {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (TextEdit edit : edits) {
            int from = text.offsetByCodePoints(0, edit.start());
            int to = text.offsetByCodePoints(0, edit.end());
            out.append(text, copied, from).append(edit.newText());
            copied = to;
        }
        return out.append(text, copied, text.length()).toString();
    }
}
