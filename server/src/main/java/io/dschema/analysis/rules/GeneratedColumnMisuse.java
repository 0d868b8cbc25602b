package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.Rule;
import io.dschema.model.Column;
import io.dschema.model.IndexPart;
import io.dschema.model.Table;

/**
 * DS2014: what SQLite refuses of a generated column: a default ("cannot use DEFAULT on a generated
 * column") and a place in the primary key ("generated columns cannot be part of the PRIMARY KEY"),
 * whether the key is written on the column or as a table member.
 */
public final class GeneratedColumnMisuse implements Rule {

    @Override
    public void check(AnalysisContext context, Reporter reporter) {
        for (Table table : context.schema().tables()) {
            for (Column column : table.columns()) {
                if (column.generated() != null && column.defaultValue() != null) {
                    reporter.report(DiagnosticCode.GENERATED_COLUMN_MISUSE, "generated column "
                            + ConstraintRules.qualified(table, column) + " cannot have a default (SQLite refuses it): "
                            + "remove the default", column.defaultValue().expression().range());
                }
            }
            if (table.primaryKey() == null) {
                continue;
            }
            for (IndexPart part : table.primaryKey().columns()) {
                if (part.column() == null) {
                    continue;
                }
                table.column(part.column().name()).filter(column -> column.generated() != null).ifPresent(column ->
                        reporter.report(DiagnosticCode.GENERATED_COLUMN_MISUSE, "generated column "
                                + ConstraintRules.qualified(table, column) + " cannot be part of the primary key "
                                + "(SQLite refuses it): key on a stored column, or index the generated one", part.range()));
            }
        }
    }
}
