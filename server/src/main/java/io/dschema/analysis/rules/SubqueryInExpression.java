package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.TableRule;
import io.dschema.model.Expr;
import io.dschema.model.Table;

/**
 * DS2012: a subquery in a schema expression: {@code (select ...)}, {@code exists (select ...)},
 * {@code in (select ...)}, and {@code in TABLE}, which SQLite reads as {@code in (select * from
 * TABLE)}. SQLite refuses them in checks, generated columns, index expressions and partial index
 * conditions ("subqueries prohibited in ..."), and in defaults ("default value of column is not
 * constant").
 */
public final class SubqueryInExpression implements TableRule {

    @Override
    public void check(AnalysisContext context, Table table, Reporter reporter) {
        for (ExpressionSites.Site site : ExpressionSites.of(context, table)) {
            for (Expr expr : site.nodes()) {
                String what = null;
                if (expr instanceof Expr.Subquery) {
                    what = "a subquery";
                } else if (expr instanceof Expr.In in && in.table() != null) {
                    what = "'in " + in.table().name() + "' (a subquery on table " + in.table().name() + ")";
                }
                if (what != null) {
                    reporter.report(DiagnosticCode.SUBQUERY_IN_EXPRESSION, what + " is not allowed in " + site.owner()
                            + " (SQLite refuses subqueries in schema expressions): remove it; a foreign key or a trigger "
                            + "can look at other rows", expr.range());
                }
            }
        }
    }
}
