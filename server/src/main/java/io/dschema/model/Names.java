package io.dschema.model;

/**
 * The one way names are compared in the whole project: as SQLite compares identifiers, folding
 * ASCII letters only (never the locale, never other scripts), so {@code Users} and {@code users}
 * are the same table and {@code Ä} and {@code ä} are not.
 */
public final class Names {

    private Names() {
    }

    /** The key to compare and hash a name by. */
    public static String fold(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder folded = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (folded == null) {
                    folded = new StringBuilder(name);
                }
                folded.setCharAt(i, (char) (c + ('a' - 'A')));
            }
        }
        return folded == null ? name : folded.toString();
    }

    public static boolean same(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        int length = a.length();
        if (length != b.length()) {
            return false;
        }
        // compared in place, not by folding both (this runs for every name lookup of a 500-table diff)
        for (int i = 0; i < length; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y && lower(x) != lower(y)) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** True when the name starts with {@code prefix}, compared as names are. */
    public static boolean startsWith(String name, String prefix) {
        return name.length() >= prefix.length() && same(name.substring(0, prefix.length()), prefix);
    }
}
