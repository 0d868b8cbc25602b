package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.TableRule;
import io.dschema.model.Expr;
import io.dschema.model.Names;
import io.dschema.model.Table;
import java.util.Set;

/**
 * DS2010: an aggregate function in a schema expression (default, check, generated column, index
 * expression, partial index where). SQLite refuses them there ("misuse of aggregate function",
 * and "unknown function" when a default is evaluated). The aggregates are SQLite's built-in ones:
 * {@code avg}, {@code count}, {@code group_concat}, {@code string_agg}, {@code sum}, {@code total},
 * {@code max} and {@code min} with exactly one argument (with two or more they are scalar),
 * {@code json_group_array}, {@code json_group_object}, {@code jsonb_group_array},
 * {@code jsonb_group_object}, and the percentile extension's {@code median}, {@code percentile},
 * {@code percentile_cont}, {@code percentile_disc}. A {@code filter} clause is an aggregate use
 * too, whatever the function. A call with {@code over} is a window use: DS2011.
 */
public final class AggregateInExpression implements TableRule {

    static final Set<String> AGGREGATES = Set.of("avg", "count", "group_concat", "string_agg", "sum", "total",
            "json_group_array", "json_group_object", "jsonb_group_array", "jsonb_group_object",
            "median", "percentile", "percentile_cont", "percentile_disc");

    @Override
    public void check(AnalysisContext context, Table table, Reporter reporter) {
        for (ExpressionSites.Site site : ExpressionSites.of(context, table)) {
            for (Expr expr : site.nodes()) {
                if (!(expr instanceof Expr.FunctionCall call) || call.over()
                        || WindowFunctionInExpression.WINDOW_ONLY.contains(Names.fold(call.name().name()))) {
                    continue;
                }
                if (isAggregate(call)) {
                    reporter.report(DiagnosticCode.AGGREGATE_IN_EXPRESSION, "aggregate function " + call.name().name()
                            + "() is not allowed in " + site.owner() + " (SQLite refuses aggregates in schema expressions): "
                            + "remove it, and compute the value in a query or a trigger", call.range());
                } else if (call.filter()) {
                    reporter.report(DiagnosticCode.AGGREGATE_IN_EXPRESSION, "filter on " + call.name().name()
                            + "() is not allowed in " + site.owner() + " (only aggregates take filter, and SQLite refuses "
                            + "them in schema expressions): remove the filter", call.range());
                }
            }
        }
    }

    /** A call to a built-in aggregate; {@code max(a)} is one, {@code max(a, b)} is not. */
    static boolean isAggregate(Expr.FunctionCall call) {
        String name = Names.fold(call.name().name());
        if (name.equals("max") || name.equals("min")) {
            return call.arguments().size() == 1 && !call.star();
        }
        return AGGREGATES.contains(name);
    }
}
