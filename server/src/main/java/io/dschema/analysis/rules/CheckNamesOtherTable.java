package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.TableRule;
import io.dschema.model.Check;
import io.dschema.model.Expr;
import io.dschema.model.Names;
import io.dschema.model.Table;

/**
 * DS1030: a check whose column reference is qualified with a name other than its own table's
 * ({@code other.x}). A check reads only the row being written; SQLite refuses it ("no such column:
 * other.x"). A schema qualifier ({@code main.t.x}) is ignored, as SQLite ignores it there.
 */
public final class CheckNamesOtherTable implements TableRule {

    @Override
    public void check(AnalysisContext context, Table table, Reporter reporter) {
        for (ExpressionSites.Site site : ExpressionSites.of(context, table)) {
            if (site.place() != ExpressionSites.Place.CHECK) {
                continue;
            }
            Check check = site.check();
            for (Expr node : site.nodes()) {
                if (!(node instanceof Expr.ColumnRef ref) || ref.table() == null || ref.table().isEmpty()
                        || ref.column().name().isEmpty() || Names.same(ref.table(), table.name())) {
                    continue;
                }
                String named = ref.table() + "." + ref.column().name();
                String what = check.name() != null ? "check " + check.name() + " of table " + table.name()
                        : check.column() != null ? "the check of column " + table.name() + "." + check.column()
                        : "a check of table " + table.name();
                String fix = context.table(ref.table()).isPresent()
                        ? ", a column of table " + ref.table() + ": a check can only read its own row; use a foreign key "
                                + "or a trigger to check other tables"
                        : ", but " + ref.table() + " is not table " + table.name() + ": a check can only read its own "
                                + "row; write " + ref.column().name() + " or " + table.name() + "." + ref.column().name();
                reporter.report(DiagnosticCode.CHECK_NAMES_OTHER_TABLE, what + " names " + named + fix, ref.range());
            }
        }
    }
}
