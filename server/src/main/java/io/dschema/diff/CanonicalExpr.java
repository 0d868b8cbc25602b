package io.dschema.diff;

import io.dschema.model.Expr;
import io.dschema.model.Expression;
import io.dschema.model.Names;

import java.util.List;
import java.util.Locale;

/**
 * The canonical text of an expression, printed from its tree, so that two expressions SQLite reads
 * the same compare equal. Decisions:
 * <ul>
 *   <li>every compound node is printed inside one pair of parentheses, and a {@code Parens} around
 *       a single item prints only its item: the tree holds the grouping, so {@code a + (b * c)},
 *       {@code a + b * c} and {@code ((a + b * c))} print alike, and {@code (a + b) * c} does not;</li>
 *   <li>keywords, operators and function names lower case; {@code ==} and {@code <>} are already
 *       {@code =} and {@code !=} in the tree; {@code x isnull} = {@code x is null},
 *       {@code x notnull} = {@code x is not null};</li>
 *   <li>identifiers folded (ASCII) and mapped through the renames; a column qualified by its own
 *       table is unqualified; {@code main.} is dropped;</li>
 *   <li>an unqualified name that is no column of the table is a string, as SQLite takes a
 *       double-quoted string ({@code "abc"} = {@code 'abc'} there); in a default every bare name is;</li>
 *   <li>string literals exactly as written; blobs and numbers ASCII lower case ({@code X'FF'} =
 *       {@code x'ff'}, {@code 1E3} = {@code 1e3}); {@code true}/{@code false} are {@code 1}/{@code 0};</li>
 *   <li>subqueries and {@code raise(...)} (never valid in a schema) by their text, whitespace collapsed.</li>
 * </ul>
 */
final class CanonicalExpr {

    private final ExprScope scope;
    private final StringBuilder out = new StringBuilder(64);

    private CanonicalExpr(ExprScope scope) {
        this.scope = scope;
    }

    static String of(Expression expression, ExprScope scope) {
        return expression == null ? "" : of(expression.tree(), scope);
    }

    static String of(Expr expr, ExprScope scope) {
        CanonicalExpr printer = new CanonicalExpr(scope);
        printer.print(expr);
        return printer.out.toString();
    }

    /** The tree below any parentheses that hold a single item. */
    static Expr unwrap(Expr expr) {
        while (expr instanceof Expr.Parens parens && parens.items().size() == 1) {
            expr = parens.items().get(0);
        }
        return expr;
    }

    private void print(Expr expr) {
        expr = unwrap(expr);
        if (expr == null) {
            out.append("<missing>");
        } else if (expr instanceof Expr.Literal literal) {
            out.append(literal(literal));
        } else if (expr instanceof Expr.ColumnRef ref) {
            columnRef(ref);
        } else if (expr instanceof Expr.Parameter parameter) {
            out.append(parameter.text());
        } else if (expr instanceof Expr.Unary unary) {
            out.append('(').append(lower(unary.operator())).append(' ');
            print(unary.operand());
            out.append(')');
        } else if (expr instanceof Expr.Binary binary) {
            out.append('(');
            print(binary.left());
            out.append(' ').append(lower(binary.operator())).append(' ');
            print(binary.right());
            out.append(')');
        } else if (expr instanceof Expr.Like like) {
            out.append('(');
            print(like.operand());
            out.append(like.not() ? " not " : " ").append(lower(like.operator())).append(' ');
            print(like.pattern());
            if (like.escape() != null) {
                out.append(" escape ");
                print(like.escape());
            }
            out.append(')');
        } else if (expr instanceof Expr.Between between) {
            out.append('(');
            print(between.operand());
            out.append(between.not() ? " not between " : " between ");
            print(between.low());
            out.append(" and ");
            print(between.high());
            out.append(')');
        } else if (expr instanceof Expr.In in) {
            in(in);
        } else if (expr instanceof Expr.NullTest test) {
            out.append('(');
            print(test.operand());
            out.append(test.isNull() ? " is null)" : " is not null)");
        } else if (expr instanceof Expr.FunctionCall call) {
            call(call);
        } else if (expr instanceof Expr.Case caseExpr) {
            caseExpr(caseExpr);
        } else if (expr instanceof Expr.Cast cast) {
            out.append("cast(");
            print(cast.operand());
            out.append(" as ").append(CanonicalType.of(cast.type())).append(')');
        } else if (expr instanceof Expr.Collate collate) {
            out.append('(');
            print(collate.operand());
            out.append(" collate ").append(Names.fold(collate.collation())).append(')');
        } else if (expr instanceof Expr.Parens parens) {
            list(parens.items());
        } else if (expr instanceof Expr.Subquery subquery) {
            out.append(collapse(subquery.sql()));
        } else if (expr instanceof Expr.Raise raise) {
            out.append(collapse(raise.sql()));
        }
    }

    static String literal(Expr.Literal literal) {
        return switch (literal.kind()) {
            case STRING -> literal.text();
            case INTEGER, REAL, BLOB -> lower(literal.text());
            case TRUE -> "1";
            case FALSE -> "0";
            case NULL -> "null";
            case CURRENT_TIME -> "current_time";
            case CURRENT_DATE -> "current_date";
            case CURRENT_TIMESTAMP -> "current_timestamp";
        };
    }

    private void columnRef(Expr.ColumnRef ref) {
        String column = ref.column().name();
        boolean main = ref.schema() == null || Names.same(ref.schema(), "main");
        if (ref.table() == null || main && scope.isOwnTable(ref.table())) {
            if (ref.table() == null && !scope.isColumn(column)) {
                out.append('\'').append(column.replace("'", "''")).append('\''); // SQLite's double-quoted string
                return;
            }
            out.append(scope.renames().column(scope.table(), column));
            return;
        }
        if (!main) {
            out.append(Names.fold(ref.schema())).append('.');
        }
        out.append(scope.renames().table(ref.table())).append('.').append(scope.renames().column(ref.table(), column));
    }

    private void in(Expr.In in) {
        out.append('(');
        print(in.operand());
        out.append(in.not() ? " not in " : " in ");
        if (in.table() != null) {
            out.append(scope.renames().table(in.table().name()));
        } else {
            list(in.values());
        }
        out.append(')');
    }

    private void call(Expr.FunctionCall call) {
        out.append(Names.fold(call.name().name())).append('(');
        if (call.distinct()) {
            out.append("distinct ");
        }
        if (call.star()) {
            out.append('*');
        }
        separated(call.arguments());
        out.append(')');
        if (call.filter()) {
            out.append(" filter(...)");
        }
        if (call.over()) {
            out.append(" over(...)");
        }
    }

    private void caseExpr(Expr.Case caseExpr) {
        out.append("(case");
        if (caseExpr.operand() != null) {
            out.append(' ');
            print(caseExpr.operand());
        }
        for (Expr.When when : caseExpr.whens()) {
            out.append(" when ");
            print(when.condition());
            out.append(" then ");
            print(when.result());
        }
        if (caseExpr.otherwise() != null) {
            out.append(" else ");
            print(caseExpr.otherwise());
        }
        out.append(" end)");
    }

    private void list(List<Expr> items) {
        out.append('(');
        separated(items);
        out.append(')');
    }

    private void separated(List<Expr> items) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            print(items.get(i));
        }
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }

    private static String collapse(String sql) {
        return sql == null ? "" : sql.trim().replaceAll("\\s+", " ");
    }
}
