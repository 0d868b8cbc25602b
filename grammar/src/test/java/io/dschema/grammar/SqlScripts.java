package io.dschema.grammar;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL scripts into statements at the semicolons that stand outside strings, quoted names
 * and comments (the scripts hold no triggers, whose bodies have semicolons of their own).
 */
final class SqlScripts {

    private SqlScripts() {
    }

    /**
     * The statements of {@code script}, without their semicolons, leading comments and surrounding
     * whitespace. Pieces that hold only comments and whitespace are dropped.
     */
    static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = skipQuoted(script, i, c);
            } else if (c == '[') {
                int close = script.indexOf(']', i + 1);
                i = close < 0 ? n : close + 1;
            } else if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                int end = script.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == ';') {
                add(statements, script.substring(start, i));
                i++;
                start = i;
            } else {
                i++;
            }
        }
        add(statements, script.substring(start));
        return statements;
    }

    private static int skipQuoted(String script, int open, char quote) {
        int i = open + 1;
        while (i < script.length()) {
            if (script.charAt(i) == quote) {
                if (i + 1 < script.length() && script.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return script.length();
    }

    private static void add(List<String> statements, String piece) {
        String statement = stripLeadingTrivia(piece).strip();
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
    }

    /** {@code text} without the whitespace and comments it starts with. */
    static String stripLeadingTrivia(String text) {
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
            } else if (text.startsWith("--", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end + 1;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 2;
            } else {
                break;
            }
        }
        return text.substring(i);
    }

    /** The script that {@link #split} reads back as exactly {@code statements}. */
    static String join(String header, List<String> statements) {
        StringBuilder out = new StringBuilder(header);
        for (String statement : statements) {
            out.append(statement).append(";\n\n");
        }
        return out.toString();
    }
}
