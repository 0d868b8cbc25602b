package io.dschema.ide;

import static io.dschema.grammar.DSchemaLexer.*;

import io.dschema.ide.CompletionCursor.Tok;
import io.dschema.model.Column;
import io.dschema.model.Names;
import io.dschema.model.Table;

import java.util.List;
import java.util.Set;

/**
 * Completion inside an SQLite expression ({@code check}, {@code where}, {@code default (...)},
 * {@code as (...)}, index parts), decided by the token before the cursor: where an operand may
 * stand, the table's columns, the built-in functions and the literal keywords; after an operand,
 * the operators that are words; after {@code collate}, the collations.
 */
final class ExpressionCompletion {

    /** Tokens after which an operand is expected. */
    private static final Set<Integer> BEFORE_OPERAND = Set.of(LPAREN, COMMA, PTR2, PTR, CONCAT, STAR, SLASH, PERCENT,
            PLUS, MINUS, TILDE, SHL, SHR, AMP, PIPE, LE, GE, NE, EQ2, EQ, LT, GT, AND, OR, NOT, IS, BETWEEN, LIKE, GLOB,
            REGEXP, MATCH, ESCAPE, CASE, WHEN, THEN, ELSE, DISTINCT, FROM);

    /** Tokens that end an operand. */
    private static final Set<Integer> OPERAND_ENDS = Set.of(IDENTIFIER, QUOTED_IDENTIFIER, STRING, NUMBER, HEX_NUMBER,
            BLOB, NULL, TRUE, FALSE, CURRENT_TIME, CURRENT_DATE, CURRENT_TIMESTAMP, RPAREN, END);

    private final Table table;
    private final Proposals proposals;

    ExpressionCompletion(Table table, Proposals proposals) {
        this.table = table;
        this.proposals = proposals;
    }

    /**
     * @param expression the expression's tokens before the cursor
     * @param columns whether the table's columns may stand here (not in a default)
     * @param deterministic whether only deterministic functions may be called (all but a default)
     * @param except a column that may not name itself (a generated column), or null
     */
    void complete(List<Tok> expression, boolean columns, boolean deterministic, String except) {
        Tok last = expression.isEmpty() ? null : expression.get(expression.size() - 1);
        if (last == null || BEFORE_OPERAND.contains(last.type())) {
            if (columns) {
                columns(except);
            }
            functions(deterministic);
            proposals.keywords(List.of("null", "true", "false", "not", "case", "cast", "current_time", "current_date",
                    "current_timestamp"));
        } else if (last.is(COLLATE)) {
            SqliteVocabulary.COLLATIONS.forEach(proposals::collation);
        } else if (last.is(AS)) {
            SqliteVocabulary.TYPES.forEach(type -> proposals.type(type, null)); // cast(x as TYPE)
        } else if (last.is(DOT)) {
            Tok qualifier = expression.size() < 2 ? null : expression.get(expression.size() - 2);
            if (columns && table != null && qualifier != null && Names.same(qualifier.name(), table.name())) {
                columns(except);
            }
        } else if (OPERAND_ENDS.contains(last.type()) || MemberCompletion.isName(last)) {
            proposals.keywords(List.of("and", "or", "is", "is not", "is null", "is not null", "not null", "in", "not in",
                    "between", "not between", "like", "not like", "glob", "collate"));
            if (openCase(expression)) {
                proposals.keywords(List.of("when", "then", "else", "end"));
            }
        }
    }

    void functions(boolean deterministic) {
        for (SqliteVocabulary.Function function : SqliteVocabulary.FUNCTIONS) {
            if (function.deterministic() || !deterministic) {
                proposals.function(function);
            }
        }
    }

    private void columns(String except) {
        if (table == null) {
            return;
        }
        for (Column column : table.columns()) {
            if (except == null || !Names.same(column.name(), except)) {
                proposals.column(column.name(), column.type());
            }
        }
    }

    private static boolean openCase(List<Tok> expression) {
        int open = 0;
        for (Tok token : expression) {
            if (token.is(CASE)) {
                open++;
            } else if (token.is(END) && open > 0) {
                open--;
            }
        }
        return open > 0;
    }
}
