package io.dschema.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts an SQL script into single statements, as SQLite's own tokenizer would see their ends: a
 * {@code ;} ends a statement except inside a string ({@code '...'}), a quoted name ({@code "..."},
 * {@code `...`}, {@code [...]}), a comment ({@code -- ...}, {@code /* ... *}{@code /}) or the body of
 * a {@code CREATE TRIGGER ... BEGIN ... END} (where {@code CASE ... END} may nest). Needed because
 * sqlite-jdbc runs one statement per call, while a migration chunk may hold several (a file written
 * with {@code breakpoints: false} is one chunk).
 *
 * <p>Pure; never throws. Statements come back trimmed, without their {@code ;}; what holds only
 * whitespace and comments is dropped (SQLite would run nothing for it). An unterminated string or
 * comment runs to the end of the text, and SQLite reports it when the statement is run.
 */
public final class SqlSplitter {

    private SqlSplitter() {
    }

    public static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        new Scan(script, statements).run();
        return statements;
    }

    /** The first keyword of a statement, upper case, comments skipped; empty when there is none. */
    public static String firstKeyword(String statement) {
        int i = skipSpaceAndComments(statement, 0);
        int end = i;
        while (end < statement.length() && isWordChar(statement.charAt(end))) {
            end++;
        }
        return statement.substring(i, end).toUpperCase(Locale.ROOT);
    }

    /** The statement without leading whitespace and comments. */
    public static String withoutLeadingComments(String statement) {
        return statement.substring(skipSpaceAndComments(statement, 0));
    }

    private static int skipSpaceAndComments(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (commentEnd(text, i) >= 0) {
                i = commentEnd(text, i);
            } else {
                break;
            }
        }
        return i;
    }

    /** Where a comment that starts at {@code i} ends (after its line break or its star-slash), or -1 when none starts there. */
    static int commentEnd(String text, int i) {
        if (text.startsWith("--", i)) {
            int end = text.indexOf('\n', i);
            return end < 0 ? text.length() : end + 1;
        }
        if (text.startsWith("/*", i)) {
            int end = text.indexOf("*/", i + 2);
            return end < 0 ? text.length() : end + 2;
        }
        return -1;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** One pass over the text; state for the statement being read. */
    private static final class Scan {
        private final String text;
        private final List<String> out;
        private int start;
        private boolean hasCode;
        private final List<String> leadingWords = new ArrayList<>();
        private boolean inTriggerBody;
        private int caseDepth;

        Scan(String text, List<String> out) {
            this.text = text;
            this.out = out;
        }

        void run() {
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\'' || c == '"' || c == '`') {
                    hasCode = true;
                    i = quoted(i, c);
                } else if (c == '[') {
                    hasCode = true;
                    int end = text.indexOf(']', i + 1);
                    i = end < 0 ? text.length() : end + 1;
                } else if (commentEnd(text, i) >= 0) {
                    i = commentEnd(text, i);
                } else if (isWordChar(c)) {
                    int end = i;
                    while (end < text.length() && isWordChar(text.charAt(end))) {
                        end++;
                    }
                    word(text.substring(i, end).toUpperCase(Locale.ROOT));
                    i = end;
                } else if (c == ';' && !inTriggerBody) {
                    emit(i);
                    i++;
                    start = i;
                } else {
                    if (!Character.isWhitespace(c)) {
                        hasCode = true;
                    }
                    i++;
                }
            }
            emit(text.length());
        }

        /** Past the closing quote; a doubled quote is one character of the content. */
        private int quoted(int open, char quote) {
            int i = open + 1;
            while (i < text.length()) {
                if (text.charAt(i) == quote) {
                    if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                        i += 2;
                        continue;
                    }
                    return i + 1;
                }
                i++;
            }
            return text.length();
        }

        private void word(String word) {
            hasCode = true;
            if (leadingWords.size() < 3) {
                leadingWords.add(word);
            }
            if (inTriggerBody) {
                if (word.equals("CASE")) {
                    caseDepth++;
                } else if (word.equals("END")) {
                    if (caseDepth > 0) {
                        caseDepth--;
                    } else {
                        inTriggerBody = false;
                    }
                }
            } else if (word.equals("BEGIN") && isCreateTrigger()) {
                inTriggerBody = true;
                caseDepth = 0;
            }
        }

        private boolean isCreateTrigger() {
            if (leadingWords.size() < 2 || !leadingWords.get(0).equals("CREATE")) {
                return false;
            }
            String second = leadingWords.get(1);
            return second.equals("TRIGGER") || (second.equals("TEMP") || second.equals("TEMPORARY"))
                    && leadingWords.size() > 2 && leadingWords.get(2).equals("TRIGGER");
        }

        private void emit(int end) {
            if (hasCode) {
                out.add(withoutLeadingComments(text.substring(start, end)).strip());
            }
            hasCode = false;
            leadingWords.clear();
            inTriggerBody = false;
            caseDepth = 0;
        }
    }
}
