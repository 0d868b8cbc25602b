package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.Rule;
import io.dschema.model.Expr;
import io.dschema.model.Exprs;
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
public final class WindowFunctionInExpression implements Rule {

    static final Set<String> WINDOW_ONLY = Set.of("row_number", "rank", "dense_rank", "percent_rank", "cume_dist",
            "ntile", "lag", "lead", "first_value", "last_value", "nth_value");

    @Override
    public void check(AnalysisContext context, Reporter reporter) {
        for (Table table : context.schema().tables()) {
            ConstraintRules.forEachExpression(table, site -> Exprs.walk(site.tree(), expr -> {
                if (!(expr instanceof Expr.FunctionCall call)) {
                    return;
                }
                String function = call.name().name() + "()";
                if (WINDOW_ONLY.contains(Names.fold(call.name().name()))) {
                    reporter.report(DiagnosticCode.WINDOW_FUNCTION_IN_EXPRESSION, "window function " + function
                            + " is not allowed in " + site.owner() + " (SQLite refuses window functions in schema "
                            + "expressions): remove it, and compute the value in a query", call.range());
                } else if (call.over()) {
                    reporter.report(DiagnosticCode.WINDOW_FUNCTION_IN_EXPRESSION, "over on " + function
                            + " is not allowed in " + site.owner() + " (SQLite refuses window functions in schema "
                            + "expressions): remove the over clause", call.range());
                }
            }));
        }
    }
}
