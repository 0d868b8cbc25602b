package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.TableRule;
import io.dschema.model.Column;
import io.dschema.model.Table;

/**
 * DS2005: every column of a {@code strict} table needs a type (SQLite: "missing datatype for t.x"),
 * generated columns included.
 */
public final class StrictColumnWithoutType implements TableRule {

    @Override
    public void check(AnalysisContext context, Table table, Reporter reporter) {
        if (!table.strict()) {
            return;
        }
        for (Column column : table.columns()) {
            if (column.type() == null) {
                reporter.report(DiagnosticCode.STRICT_COLUMN_WITHOUT_TYPE, "column " + ConstraintRules.qualified(table, column)
                        + " has no type, which a strict table requires: add one of int, integer, real, text, blob, any",
                        column.nameRange());
            }
        }
    }
}
