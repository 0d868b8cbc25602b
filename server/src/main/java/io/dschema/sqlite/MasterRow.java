package io.dschema.sqlite;

/** One row of {@code sqlite_master}: {@code type} is table, index, view or trigger; {@code sql} null for autoindexes. */
record MasterRow(String type, String name, String tableName, String sql) {

    boolean isVirtualTable() {
        return "table".equals(type) && sql != null && startsWithWords(sql, "create", "virtual", "table");
    }

    /** Whether the text begins with these keywords (case-insensitive), separated by white space or comments. */
    private static boolean startsWithWords(String sql, String... words) {
        int i = 0;
        for (String word : words) {
            i = skipSpaceAndComments(sql, i);
            if (!sql.regionMatches(true, i, word, 0, word.length())) {
                return false;
            }
            i += word.length();
        }
        return true;
    }

    private static int skipSpaceAndComments(String sql, int i) {
        while (i < sql.length()) {
            if (Character.isWhitespace(sql.charAt(i))) {
                i++;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end + 1;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? sql.length() : end + 2;
            } else {
                break;
            }
        }
        return i;
    }
}
