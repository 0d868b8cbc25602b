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
 * DS2011: a window function in a schema expression. SQLite refuses them there ("misuse of window
 * function", or "may not be used as a window function"). A window use is any call with
 * {@code over}, and any call to one of SQLite's window-only functions, {@code over} or not:
 * {@code row_number}, {@code rank}, {@code dense_rank}, {@code percent_rank}, {@code cume_dist},
 * {@code ntile}, {@code lag}, {@code lead}, {@code first_value}, {@code last_value},
 * {@code nth_value}.
 */
public final class WindowFunctionInExpression implements TableRule {

    static final Set<String> WINDOW_ONLY = Set.of("row_number", "rank", "dense_rank", "percent_rank", "cume_dist",
            "ntile", "lag", "lead", "first_value", "last_value", "nth_value");

    @Override
    public void check(AnalysisContext context, Table table, Reporter reporter) {
        for (ExpressionSites.Site site : ExpressionSites.of(context, table)) {
            for (Expr expr : site.nodes()) {
                if (!(expr instanceof Expr.FunctionCall call)) {
                    continue;
                }
                if (WINDOW_ONLY.contains(Names.fold(call.name().name()))) {
                    reporter.report(DiagnosticCode.WINDOW_FUNCTION_IN_EXPRESSION, "window function " + call.name().name()
                            + "() is not allowed in " + site.owner() + " (SQLite refuses window functions in schema "
                            + "expressions): remove it, and compute the value in a query", call.range());
                } else if (call.over()) {
                    reporter.report(DiagnosticCode.WINDOW_FUNCTION_IN_EXPRESSION, "over on " + call.name().name()
                            + "() is not allowed in " + site.owner() + " (SQLite refuses window functions in schema "
                            + "expressions): remove the over clause", call.range());
                }
            }
        }
    }
}
