package io.dschema.config;

import java.util.List;

/**
 * {@code tablesFilter}: which tables the tools manage, as globs ({@code *} any run of characters,
 * {@code ?} one character, everything else literal) where a leading {@code !} excludes.
 *
 * <p>A table is managed when it matches some positive pattern and no negative one; a list of only
 * negative patterns behaves as if {@code *} were in it. Names compare ASCII-case-insensitively, as
 * SQLite compares identifiers. (drizzle-kit keeps a table that matches no positive pattern when some
 * negative pattern does not exclude it; we follow the simpler rule above, under which
 * {@code ["users", "!legacy_*"]} manages {@code users} only.)
 */
public record TablesFilter(List<String> patterns) {

    public static final TablesFilter ALL = new TablesFilter(List.of("*"));

    public TablesFilter {
        patterns = List.copyOf(patterns);
    }

    /** Why {@code pattern} is not usable, or null when it is. */
    static String problemWith(String pattern) {
        if (pattern.isEmpty()) {
            return "an empty pattern matches no table; write a glob such as \"*\" or \"!legacy_*\"";
        }
        if (pattern.equals("!")) {
            return "\"!\" excludes nothing; write the tables to exclude after it, e.g. \"!legacy_*\"";
        }
        return null;
    }

    /** Whether the tools manage the table {@code tableName}. */
    public boolean matches(String tableName) {
        boolean anyPositive = false;
        boolean included = false;
        for (String pattern : patterns) {
            if (pattern.startsWith("!")) {
                if (globMatches(pattern.substring(1), tableName)) {
                    return false;
                }
            } else {
                anyPositive = true;
                included |= globMatches(pattern, tableName);
            }
        }
        return included || !anyPositive;
    }

    /** Iterative wildcard match with one backtrack point: linear in practice, no regex to escape. */
    static boolean globMatches(String glob, String name) {
        int g = 0;
        int n = 0;
        int starG = -1;
        int starN = 0;
        while (n < name.length()) {
            if (g < glob.length() && glob.charAt(g) == '*') {
                starG = g++;
                starN = n;
            } else if (g < glob.length() && (glob.charAt(g) == '?' || sameAscii(glob.charAt(g), name.charAt(n)))) {
                g++;
                n++;
            } else if (starG >= 0) {
                g = starG + 1;
                n = ++starN;
            } else {
                return false;
            }
        }
        while (g < glob.length() && glob.charAt(g) == '*') {
            g++;
        }
        return g == glob.length();
    }

    private static boolean sameAscii(char a, char b) {
        return lowerAscii(a) == lowerAscii(b);
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
