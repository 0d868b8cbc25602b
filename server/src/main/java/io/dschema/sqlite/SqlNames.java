package io.dschema.sqlite;

import java.util.ArrayList;
import java.util.List;

/**
 * The names an SQL text mentions, for the tables a view or trigger depends on. A tokenizer, not a
 * parser: it skips strings, blobs, numbers and comments, and yields every bare word and quoted
 * name ({@code "..."}, {@code `...`}, {@code [...]}, quotes unescaped). A double-quoted string
 * that SQLite took as a string is yielded too: naming a table it does not use only makes a view
 * look dependent on one more table, which costs nothing but a recreate.
 */
final class SqlNames {

    private SqlNames() {
    }

    static List<String> in(String sql) {
        List<String> names = new ArrayList<>();
        scan(sql, (start, end, name) -> names.add(name));
        return names;
    }

    /**
     * {@code sql} with every name token that {@code renames} maps (by folded name) replaced by the
     * new name, quoted: how SQLite's own RENAME rewrites a view or trigger, done on the stored text
     * of one that a rebuild must recreate after the plan renamed what it names.
     */
    static String rename(String sql, java.util.Map<String, String> renames) {
        if (renames.isEmpty()) {
            return sql;
        }
        StringBuilder out = new StringBuilder();
        int[] copied = {0};
        scan(sql, (start, end, name) -> {
            String renamed = renames.get(io.dschema.model.Names.fold(name));
            if (renamed != null) {
                out.append(sql, copied[0], start).append(Sql.ident(renamed));
                copied[0] = end;
            }
        });
        return out.append(sql.substring(copied[0])).toString();
    }

    /** What {@link #scan} reports: a name and where its token stands ({@code end} exclusive). */
    @FunctionalInterface
    interface NameToken {
        void found(int start, int end, String name);
    }

    private static void scan(String sql, NameToken names) {
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (SqlSplitter.commentEnd(sql, i) >= 0) {
                i = SqlSplitter.commentEnd(sql, i);
            } else if (c == '\'') {
                i = quotedEnd(sql, i, '\'', null);
            } else if (c == '"' || c == '`') {
                StringBuilder name = new StringBuilder();
                int start = i;
                i = quotedEnd(sql, i, c, name);
                names.found(start, i, name.toString());
            } else if (c == '[') {
                int end = sql.indexOf(']', i + 1);
                names.found(i, end < 0 ? n : end + 1, sql.substring(i + 1, end < 0 ? n : end));
                i = end < 0 ? n : end + 1;
            } else if (isWordStart(c)) {
                int start = i;
                while (i < n && isWordPart(sql.charAt(i))) {
                    i++;
                }
                boolean blob = i - start == 1 && (c == 'x' || c == 'X') && i < n && sql.charAt(i) == '\'';
                if (!blob) {
                    names.found(start, i, sql.substring(start, i));
                }
            } else if (c >= '0' && c <= '9') {
                // a number, 1e5 and 0x1F included: its letters are not names
                while (i < n && (isWordPart(sql.charAt(i)) || sql.charAt(i) == '.')) {
                    i++;
                }
            } else {
                i++;
            }
        }
    }

    /** The index after a quoted run that starts at {@code start}; doubled quotes escape one. */
    private static int quotedEnd(String sql, int start, char quote, StringBuilder text) {
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    if (text != null) text.append(quote);
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            if (text != null) text.append(c);
            i++;
        }
        return i;
    }

    private static boolean isWordStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80;
    }

    private static boolean isWordPart(char c) {
        return isWordStart(c) || c >= '0' && c <= '9' || c == '$';
    }
}
