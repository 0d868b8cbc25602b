package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.TableRule;
import io.dschema.model.Expr;
import io.dschema.model.Table;

/**
 * DS2016: a bound parameter ({@code ?}, {@code ?1}, {@code :name}, {@code @name}, {@code $name}) or
 * {@code raise(...)} in a schema expression. Nothing binds a parameter in a schema (SQLite:
 * "parameters prohibited in CHECK constraints"), and {@code raise()} only works inside a trigger.
 */
public final class ParameterInExpression implements TableRule {

    @Override
    public void check(AnalysisContext context, Table table, Reporter reporter) {
        for (ExpressionSites.Site site : ExpressionSites.of(context, table)) {
            for (Expr expr : site.nodes()) {
                if (expr instanceof Expr.Parameter parameter) {
                    reporter.report(DiagnosticCode.PARAMETER_IN_EXPRESSION, "parameter " + parameter.text()
                            + " is not allowed in " + site.owner() + " (nothing binds it in a schema): write a literal value",
                            parameter.range());
                } else if (expr instanceof Expr.Raise raise) {
                    reporter.report(DiagnosticCode.PARAMETER_IN_EXPRESSION, "raise() is not allowed in " + site.owner()
                            + " (it only works in triggers): remove it, and write the condition as a check",
                            raise.range());
                }
            }
        }
    }
}
