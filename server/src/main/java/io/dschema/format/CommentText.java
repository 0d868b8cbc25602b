package io.dschema.format;

import java.util.regex.Pattern;

/**
 * A comment's text as the formatter writes it: unchanged but for blanks at the end of its lines
 * (which the file may not keep) and its inner line endings (which follow the file's).
 */
final class CommentText {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private CommentText() {
    }

    static String normalise(String text, String lineEnding) {
        String[] lines = LINE_BREAK.split(text, -1);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append(lineEnding);
            }
            out.append(stripTrailingBlanks(lines[i]));
        }
        return out.toString();
    }

    /** Spaces and tabs at the end; other characters (even Unicode spaces) are the user's text. */
    static String stripTrailingBlanks(String text) {
        int end = text.length();
        while (end > 0 && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u000B';
    }
}
