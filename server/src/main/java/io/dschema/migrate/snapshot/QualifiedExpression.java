package io.dschema.migrate.snapshot;

import io.dschema.lower.Lowering;
import io.dschema.model.Expr;
import io.dschema.model.Expression;
import io.dschema.model.Exprs;
import io.dschema.model.Table;
import io.dschema.sqlite.Sql;

import java.util.Comparator;
import java.util.List;

/**
 * An expression in the forms drizzle-kit's snapshots hold: table-qualified for checks and partial
 * index conditions ({@code "users"."age" >= 0}, {@link #of}), quoted for index expressions and
 * generated columns ({@code lower("email")}, {@link #quoted}: drizzle-orm renders a
 * {@code sql`lower(${t.email})`} so). The text as written, with every bare reference to a column of
 * the table replaced. Nothing else is re-printed, so what the user wrote stays (a bare name that is
 * no column is SQLite's double-quoted string, and stays).
 */
final class QualifiedExpression {

    private QualifiedExpression() {
    }

    /** Each bare column reference as {@code "table"."column"}. */
    static String of(Expression expression, Table table) {
        return rewrite(expression, table, true);
    }

    /** Each bare column reference as {@code "column"}, without the table. */
    static String quoted(Expression expression, Table table) {
        return rewrite(expression, table, false);
    }

    private static String rewrite(Expression expression, Table table, boolean qualified) {
        String sql = expression.sql();
        Expression reparsed = Lowering.lowerExpression(sql).value();
        if (reparsed == null || reparsed.tree() == null) {
            return sql; // it lowered once from the schema, so this is not expected; keep the text
        }
        List<Expr.ColumnRef> refs = Exprs.collect(reparsed.tree(), Expr.ColumnRef.class).stream()
                .filter(ref -> ref.table() == null && ref.schema() == null && table.hasColumn(ref.column().name())
                        && !ref.range().isNone())
                .sorted(Comparator.comparingInt(ref -> ref.range().start()))
                .toList();
        StringBuilder out = new StringBuilder();
        int at = 0; // in chars
        for (Expr.ColumnRef ref : refs) {
            int start = sql.offsetByCodePoints(0, ref.range().start());
            int end = sql.offsetByCodePoints(0, ref.range().end());
            if (start < at) {
                continue;
            }
            out.append(sql, at, start);
            if (qualified) {
                out.append(Sql.ident(table.name())).append('.');
            }
            out.append(Sql.ident(ref.column().name()));
            at = end;
        }
        return out.append(sql.substring(at)).toString();
    }
}
