package io.dschema.diff;

/**
 * A declared type as compared: ASCII lower case, no spaces around parentheses and commas, other
 * whitespace one space ({@code VARCHAR( 255 )} = {@code varchar(255)}); otherwise as written.
 * A different type text with the same affinity is still a different declared type. No type is "".
 */
final class CanonicalType {

    private CanonicalType() {
    }

    static String of(String type) {
        if (type == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(type.length());
        boolean space = false;
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            boolean tight = c == '(' || c == ')' || c == ',';
            char last = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
            if (space && !tight && last != '(' && last != ',') {
                out.append(' ');
            }
            space = false;
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return out.toString();
    }
}
