package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.TableRule;
import io.dschema.model.Column;
import io.dschema.model.IndexPart;
import io.dschema.model.Table;

/**
 * DS2014: what SQLite refuses of a generated column: a default ("cannot use DEFAULT on a generated
 * column") and a place in the primary key ("generated columns cannot be part of the PRIMARY KEY"),
 * whether the key is written on the column or as a table member.
 */
public final class GeneratedColumnMisuse implements TableRule {

    @Override
    public void check(AnalysisContext context, Table table, Reporter reporter) {
        for (Column column : table.columns()) {
            if (column.generated() != null && column.defaultValue() != null) {
                reporter.report(DiagnosticCode.GENERATED_COLUMN_MISUSE, "generated column "
                        + ConstraintRules.qualified(table, column) + " cannot have a default (SQLite refuses it): "
                        + "remove the default", column.defaultValue().expression().range());
            }
        }
        if (table.primaryKey() == null) {
            return;
        }
        for (IndexPart part : table.primaryKey().columns()) {
            if (part.column() == null) {
                continue;
            }
            Column column = TableColumns.of(context, table).get(part.column().name());
            if (column != null && column.generated() != null) {
                reporter.report(DiagnosticCode.GENERATED_COLUMN_MISUSE, "generated column "
                        + ConstraintRules.qualified(table, column) + " cannot be part of the primary key "
                        + "(SQLite refuses it): key on a stored column, or index the generated one", part.range());
            }
        }
    }
}
