package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.TableRule;
import io.dschema.model.Column;
import io.dschema.model.Expr;
import io.dschema.model.Table;

/**
 * DS1031: a default expression that names a column. SQLite requires a default to be constant
 * ("default value of column [x] is not constant"). In the grammar {@code true}, {@code false},
 * {@code null} and the {@code current_*} words are literals, but any other bare or double-quoted
 * word in {@code default (...)} is a column reference, and SQLite refuses it too ({@code default
 * ("x")} is not a string there).
 */
public final class DefaultNamesColumn implements TableRule {

    @Override
    public void check(AnalysisContext context, Table table, Reporter reporter) {
        for (ExpressionSites.Site site : ExpressionSites.of(context, table)) {
            if (site.place() != ExpressionSites.Place.DEFAULT) {
                continue;
            }
            Column column = site.column();
            for (Expr node : site.nodes()) {
                if (!(node instanceof Expr.ColumnRef ref) || ref.column().name().isEmpty()) {
                    continue; // an empty name: cut short by a syntax error, reported already
                }
                String named = ref.table() == null ? ref.column().name() : ref.table() + "." + ref.column().name();
                reporter.report(DiagnosticCode.DEFAULT_NAMES_COLUMN, "the default of column " + table.name() + "."
                        + column.name() + " names column " + named + ", but a default must be constant: write a literal (a string in "
                        + "single quotes), or compute " + column.name() + " with 'as (...)'", ref.range());
            }
        }
    }
}
