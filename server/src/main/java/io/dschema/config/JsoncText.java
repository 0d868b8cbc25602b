package io.dschema.config;

/**
 * Turns JSON with comments (the editor's "jsonc") into plain JSON for a strict parser: each
 * {@code //} and {@code /* *}{@code /} comment and each trailing comma before {@code ]} or {@code }}
 * becomes spaces, line breaks are kept. Nothing moves, so the strict parser's line and column are
 * those of the user's file. Anything else that is not JSON is left for the parser to reject.
 */
final class JsoncText {

    /** Plain JSON, or the 1-based position of an unterminated block comment. */
    record Stripped(String json, int unterminatedLine, int unterminatedColumn) {
        boolean ok() {
            return unterminatedLine == 0;
        }
    }

    private JsoncText() {
    }

    static Stripped strip(String text) {
        char[] out = text.toCharArray();
        int i = 0;
        while (i < out.length) {
            char c = out[i];
            if (c == '"') {
                i = skipString(out, i);
            } else if (c == '/' && i + 1 < out.length && out[i + 1] == '/') {
                while (i < out.length && out[i] != '\n' && out[i] != '\r') {
                    out[i++] = ' ';
                }
            } else if (c == '/' && i + 1 < out.length && out[i + 1] == '*') {
                int end = text.indexOf("*/", i + 2);
                if (end < 0) {
                    int[] lc = lineColumn(text, i);
                    return new Stripped(null, lc[0], lc[1]);
                }
                blank(out, i, end + 2);
                i = end + 2;
            } else {
                i++;
            }
        }
        dropTrailingCommas(out);
        return new Stripped(new String(out), 0, 0);
    }

    /** Index just past the string that starts at {@code start} (a quote), honouring escapes. */
    private static int skipString(char[] s, int start) {
        int i = start + 1;
        while (i < s.length && s[i] != '"' && s[i] != '\n') {
            i += s[i] == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, s.length);
    }

    private static void blank(char[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s[i] != '\n' && s[i] != '\r') {
                s[i] = ' ';
            }
        }
    }

    /** Runs after comments are blanked, so only white space can stand between a comma and a bracket. */
    private static void dropTrailingCommas(char[] s) {
        int i = 0;
        while (i < s.length) {
            if (s[i] == '"') {
                i = skipString(s, i);
                continue;
            }
            if (s[i] == ',') {
                int j = i + 1;
                while (j < s.length && Character.isWhitespace(s[j])) {
                    j++;
                }
                if (j < s.length && (s[j] == '}' || s[j] == ']')) {
                    s[i] = ' ';
                }
            }
            i++;
        }
    }

    static int[] lineColumn(String text, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
