package io.dschema.lower;

/** The name a quoted identifier or a string literal stands for. */
final class Identifiers {

    private Identifiers() {
    }

    /** {@code "a""b"} -> {@code a"b}, {@code `a``b`} -> {@code a`b}, {@code [a b]} -> {@code a b}; bare names unchanged. */
    static String unquote(String text) {
        if (text.length() >= 2) {
            char first = text.charAt(0);
            char last = text.charAt(text.length() - 1);
            String inner = text.substring(1, text.length() - 1);
            if (first == '"' && last == '"') {
                return inner.replace("\"\"", "\"");
            }
            if (first == '`' && last == '`') {
                return inner.replace("``", "`");
            }
            if (first == '[' && last == ']') {
                return inner;
            }
            if (first == '\'' && last == '\'') {
                return inner.replace("''", "'");
            }
        }
        return text;
    }
}
