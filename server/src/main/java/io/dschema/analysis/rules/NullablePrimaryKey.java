package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.TableRule;
import io.dschema.model.Column;
import io.dschema.model.IndexPart;
import io.dschema.model.Table;

/**
 * DS2008: a primary key column that accepts NULL. SQLite's legacy rule: in a rowid table, a
 * primary key column other than the rowid alias takes NULL unless it says {@code not null}, and
 * NULLs never clash, so several rows may have a NULL key. Neither the rowid alias nor the key of a
 * {@code without rowid} table ever holds NULL. Generated columns are left to DS2014 (SQLite
 * refuses them in a key at all).
 */
public final class NullablePrimaryKey implements TableRule {

    @Override
    public void check(AnalysisContext context, Table table, Reporter reporter) {
        if (table.primaryKey() == null || table.withoutRowid()) {
            return;
        }
        TableColumns columns = TableColumns.of(context, table);
        if (columns.rowidAlias().isPresent()) {
            return;
        }
        for (IndexPart part : table.primaryKey().columns()) {
            if (part.column() == null) {
                continue;
            }
            Column column = columns.get(part.column().name());
            if (column == null || column.notNull() || column.generated() != null) {
                continue;
            }
            reporter.report(DiagnosticCode.NULLABLE_PRIMARY_KEY, "primary key column "
                    + ConstraintRules.qualified(table, column) + " accepts NULL (SQLite's legacy rule for "
                    + "rowid tables, and NULLs never clash): add not null", part.range());
        }
    }
}
