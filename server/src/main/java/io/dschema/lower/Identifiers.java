package io.dschema.lower;

/** The name a quoted identifier or a string literal stands for. */
public final class Identifiers {

    private Identifiers() {
    }

    /** {@code "a""b"} -> {@code a"b}, {@code `a``b`} -> {@code a`b}, {@code [a b]} -> {@code a b}; bare names unchanged. */
    public static String unquote(String text) {
        if (text.length() >= 2) {
            char first = text.charAt(0);
            char last = text.charAt(text.length() - 1);
            if (first == '"' && last == '"') {
                return inner(text).replace("\"\"", "\"");
            }
            if (first == '`' && last == '`') {
                return inner(text).replace("``", "`");
            }
            if (first == '[' && last == ']') {
                return inner(text);
            }
            if (first == '\'' && last == '\'') {
                return inner(text).replace("''", "'");
            }
        }
        return text;
    }

    /** Only quoted names pay for the copy: most names are bare. */
    private static String inner(String quoted) {
        return quoted.substring(1, quoted.length() - 1);
    }
}
