package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.TableRule;
import io.dschema.model.Column;
import io.dschema.model.IndexPart;
import io.dschema.model.PrimaryKey;
import io.dschema.model.SortOrder;
import io.dschema.model.Table;

/**
 * DS2001: {@code autoincrement} anywhere but on the rowid alias. SQLite allows it only on a rowid
 * table's single-column primary key of type exactly {@code integer}, not {@code desc}
 * ({@link Table#rowidAlias()}); otherwise CREATE TABLE fails with "AUTOINCREMENT is only allowed on
 * an INTEGER PRIMARY KEY" or "AUTOINCREMENT not allowed on WITHOUT ROWID tables".
 */
public final class AutoincrementNotRowidAlias implements TableRule {

    @Override
    public void check(AnalysisContext context, Table table, Reporter reporter) {
        PrimaryKey key = table.primaryKey();
        if (key == null || !key.autoincrement()) {
            return;
        }
        TableColumns columns = TableColumns.of(context, table);
        if (columns.rowidAlias().isPresent()) {
            return;
        }
        String problem = problem(table, key, columns);
        if (problem != null) {
            reporter.report(DiagnosticCode.AUTOINCREMENT_NOT_ROWID_ALIAS, problem, key.range());
        }
    }

    /** Why this key is not the rowid alias, as the message says it; null when the key's column is unknown (DS1011). */
    private static String problem(Table table, PrimaryKey key, TableColumns columns) {
        if (table.withoutRowid()) {
            return "autoincrement is not allowed in without rowid table " + table.name()
                    + ": remove autoincrement, or remove 'without rowid'";
        }
        if (key.columns().size() != 1 || key.columns().get(0).column() == null) {
            return "autoincrement needs a single-column integer primary key, and the key of table "
                    + table.name() + " has " + key.columns().size() + " columns: remove autoincrement";
        }
        IndexPart part = key.columns().get(0);
        Column column = columns.get(part.column().name());
        if (column == null) {
            return null;
        }
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
