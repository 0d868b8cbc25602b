package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.TableRule;
import io.dschema.model.Column;
import io.dschema.model.Table;

/**
 * DS2006: a column with no type outside a strict table. SQLite takes it and gives it BLOB affinity
 * (rule 3 of section 3.1 of its datatype page): values are stored exactly as given, so '1' and 1
 * are different values in it. Legal, but rarely meant; generated columns included. (A strict table
 * refuses it: DS2005.)
 */
public final class ColumnWithoutType implements TableRule {

    @Override
    public void check(AnalysisContext context, Table table, Reporter reporter) {
        if (table.strict()) {
            return;
        }
        for (Column column : table.columns()) {
            if (column.type() == null) {
                reporter.report(DiagnosticCode.COLUMN_WITHOUT_TYPE, "column " + ConstraintRules.qualified(table, column)
                        + " has no type, so it has BLOB affinity (values stored exactly as given): add a type such as "
                        + "text, integer, real or blob", column.nameRange());
            }
        }
    }
}
