package io.dschema.pull;

import io.dschema.grammar.DSchemaLexer;
import io.dschema.lower.Identifiers;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Finds in a stored CREATE TABLE text the clauses SQLite keeps but the model (and so a .dschema
 * file) has no place for, which reading the table drops without a word. {@code ON CONFLICT}
 * changes what an insert does: a schema that left it out would change the table, so pull refuses
 * it. {@code MATCH} in a foreign key and a {@code CONSTRAINT name} on anything but a {@code CHECK}
 * (a check keeps its name: {@code check NAME (...)}) change nothing SQLite does (it ignores MATCH,
 * and reports no such name anywhere: not in a pragma, not in an error message), so pull drops them
 * with a warning instead: refusing would refuse nearly every table another tool wrote
 * ({@code CONSTRAINT "PK_Album" PRIMARY KEY}). A token scan over the statement's top level,
 * one table element (column or table constraint) at a time; whatever sits inside parentheses there
 * (expressions, column lists) cannot hold these clauses.
 */
final class StoredClauses {

    private StoredClauses() {
    }

    /** A clause found: the message names the table and where the clause stands. */
    record Clause(boolean refused, String message) {
    }

    /** One per clause, in the order written; empty when there is none. */
    static List<Clause> find(String tableName, String sql) {
        List<Clause> found = new ArrayList<>();
        if (sql == null) {
            return found;
        }
        List<Token> tokens = StatementTokens.of(sql);
        int depth = 0;
        List<Token> element = new ArrayList<>();
        for (Token token : tokens) {
            int type = token.getType();
            if (type == DSchemaLexer.LPAREN) {
                depth++;
                if (depth == 1) {
                    continue;
                }
            } else if (type == DSchemaLexer.RPAREN) {
                depth--;
                if (depth == 0) {
                    element(tableName, element, found);
                    element.clear();
                    continue;
                }
            } else if (type == DSchemaLexer.COMMA && depth == 1) {
                element(tableName, element, found);
                element.clear();
                continue;
            }
            if (depth >= 1) {
                element.add(token);
            }
        }
        return found;
    }

    /** The clauses of one element, read on its own level (depth 1 of the statement). */
    private static void element(String tableName, List<Token> element, List<Clause> found) {
        if (element.isEmpty()) {
            return;
        }
        String where = where(element);
        int depth = 0;
        // a column's first token is its name, which may be a keyword SQLite takes as one (match)
        int first = where.startsWith("column ") ? 1 : 0;
        for (int i = first; i < element.size(); i++) {
            Token token = element.get(i);
            int type = token.getType();
            if (type == DSchemaLexer.LPAREN) {
                depth++;
            } else if (type == DSchemaLexer.RPAREN) {
                depth--;
            }
            if (depth != 0) {
                continue;
            }
            if (type == DSchemaLexer.ON && next(element, i, 1) == DSchemaLexer.CONFLICT) {
                found.add(new Clause(true, "table " + tableName + ": " + where + " has ON CONFLICT "
                        + text(element, i + 2) + ", which a schema cannot say (a .dschema file has no ON CONFLICT"
                        + " clauses, and leaving it out would change what inserts do); remove it from the database,"
                        + " or leave the table out with tablesFilter"));
            } else if (type == DSchemaLexer.MATCH) {
                found.add(dropped(tableName, where, "MATCH " + text(element, i + 1), "SQLite ignores MATCH"));
            } else if (type == DSchemaLexer.CONSTRAINT && next(element, i, 2) != DSchemaLexer.CHECK) {
                String name = text(element, i + 1);
                String what = constraintWord(element, i + 2);
                found.add(dropped(tableName, where, "CONSTRAINT " + name + (what.isEmpty() ? "" : " " + what),
                        "SQLite keeps no such name anywhere but in this text"));
            }
        }
    }

    private static Clause dropped(String tableName, String where, String clause, String why) {
        return new Clause(false, "table " + tableName + ": " + where + " has " + clause + ", which a schema cannot say;"
                + " left out (" + why + "; it leaves the stored text when push rebuilds the table)");
    }

    /** "column email" for a column, "a table constraint" for the rest. */
    private static String where(List<Token> element) {
        int type = element.get(0).getType();
        boolean constraint = type == DSchemaLexer.CONSTRAINT || type == DSchemaLexer.PRIMARY || type == DSchemaLexer.UNIQUE
                || type == DSchemaLexer.CHECK || type == DSchemaLexer.FOREIGN;
        return constraint ? "a table constraint" : "column " + Identifiers.unquote(element.get(0).getText());
    }

    /** What a named constraint is: {@code PRIMARY KEY}, {@code UNIQUE}, {@code NOT NULL}, ... */
    private static String constraintWord(List<Token> element, int i) {
        if (i >= element.size()) {
            return "";
        }
        String word = element.get(i).getText().toUpperCase(java.util.Locale.ROOT);
        int type = element.get(i).getType();
        if ((type == DSchemaLexer.PRIMARY || type == DSchemaLexer.FOREIGN || type == DSchemaLexer.NOT)
                && i + 1 < element.size()) {
            word += " " + element.get(i + 1).getText().toUpperCase(java.util.Locale.ROOT);
        }
        return word;
    }

    private static int next(List<Token> element, int i, int ahead) {
        return i + ahead < element.size() ? element.get(i + ahead).getType() : Token.EOF;
    }

    private static String text(List<Token> element, int i) {
        return i < element.size() ? element.get(i).getText() : "";
    }
}
