package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.Rule;
import io.dschema.model.Column;
import io.dschema.model.IndexPart;
import io.dschema.model.Table;
import java.util.Optional;

/**
 * DS2008: a primary key column that accepts NULL. SQLite's legacy rule: in a rowid table, a
 * primary key column other than the rowid alias takes NULL unless it says {@code not null}, and
 * NULLs never clash, so several rows may have a NULL key. Neither the rowid alias nor the key of a
 * {@code without rowid} table ever holds NULL. Generated columns are left to DS2014 (SQLite
 * refuses them in a key at all).
 */
public final class NullablePrimaryKey implements Rule {

    @Override
    public void check(AnalysisContext context, Reporter reporter) {
        for (Table table : context.schema().tables()) {
            if (table.primaryKey() == null || table.withoutRowid() || table.rowidAlias().isPresent()) {
                continue;
            }
            for (IndexPart part : table.primaryKey().columns()) {
                if (part.column() == null) {
                    continue;
                }
                Optional<Column> column = table.column(part.column().name());
                if (column.isEmpty() || column.get().notNull() || column.get().generated() != null) {
                    continue;
                }
                reporter.report(DiagnosticCode.NULLABLE_PRIMARY_KEY, "primary key column "
                        + ConstraintRules.qualified(table, column.get()) + " accepts NULL (SQLite's legacy rule for "
                        + "rowid tables, and NULLs never clash): add not null", part.range());
            }
        }
    }
}
