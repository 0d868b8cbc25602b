package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.Rule;
import io.dschema.model.Column;
import io.dschema.model.IndexPart;
import io.dschema.model.PrimaryKey;
import io.dschema.model.SortOrder;
import io.dschema.model.Table;
import java.util.Optional;

/**
 * DS2001: {@code autoincrement} anywhere but on the rowid alias. SQLite allows it only on a rowid
 * table's single-column primary key of type exactly {@code integer}, not {@code desc}
 * ({@link Table#rowidAlias()}); otherwise CREATE TABLE fails with "AUTOINCREMENT is only allowed on
 * an INTEGER PRIMARY KEY" or "AUTOINCREMENT not allowed on WITHOUT ROWID tables".
 */
public final class AutoincrementNotRowidAlias implements Rule {

    @Override
    public void check(AnalysisContext context, Reporter reporter) {
        for (Table table : context.schema().tables()) {
            PrimaryKey key = table.primaryKey();
            if (key == null || !key.autoincrement() || table.rowidAlias().isPresent()) {
                continue;
            }
            String problem = problem(table, key);
            if (problem != null) {
                reporter.report(DiagnosticCode.AUTOINCREMENT_NOT_ROWID_ALIAS, problem, key.range());
            }
        }
    }

    /** Why this key is not the rowid alias, as the message says it; null when the key's column is unknown (DS1011). */
    private static String problem(Table table, PrimaryKey key) {
        if (table.withoutRowid()) {
            return "autoincrement is not allowed in without rowid table " + table.name()
                    + ": remove autoincrement, or remove 'without rowid'";
        }
        if (key.columns().size() != 1 || key.columns().get(0).column() == null) {
            return "autoincrement needs a single-column integer primary key, and the key of table "
                    + table.name() + " has " + key.columns().size() + " columns: remove autoincrement";
        }
        IndexPart part = key.columns().get(0);
        Optional<Column> found = table.column(part.column().name());
        if (found.isEmpty()) {
            return null;
        }
        Column column = found.get();
        String name = ConstraintRules.qualified(table, column);
        if (part.order() == SortOrder.DESC && key.columnLevel()) {
            return "autoincrement on column " + name + " does not work with 'primary key desc' (SQLite's rule): "
                    + "remove desc";
        }
        String type = column.type() == null ? "it has no type" : "it is '" + column.type() + "'";
        return "autoincrement on column " + name + " needs the type exactly 'integer' (" + type
                + "): write 'integer primary key autoincrement', or remove autoincrement";
    }
}
