package io.dschema.sqlite;

import io.dschema.model.ForeignKey;
import io.dschema.model.IndexPart;
import io.dschema.model.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * Deleting every row of a table that references itself with ON DELETE RESTRICT is refused while
 * foreign keys are on (RESTRICT acts per row, before the statement ends), and a migration file runs
 * with them on: the DROP of a rebuilt table and the emptying of a kept child would fail. Pointed
 * at its own row, a reference no longer stands in the way (a row that references only itself may
 * be deleted). Run only once the rows are copied: the copy keeps the real values.
 */
final class SelfReference {

    private SelfReference() {
    }

    /** {@code UPDATE t SET ref = id} for each RESTRICT self-reference of the table (none: no statement). */
    static List<String> pointHome(Table table) {
        List<String> statements = new ArrayList<>();
        for (ForeignKey foreignKey : table.foreignKeys()) {
            if (!foreignKey.targetTable().is(table.name()) || foreignKey.onDelete() != ForeignKey.Action.RESTRICT) {
                continue;
            }
            List<String> targets = targetColumns(table, foreignKey);
            List<String> assignments = new ArrayList<>();
            for (int i = 0; i < foreignKey.columns().size() && i < targets.size(); i++) {
                assignments.add(Sql.ident(foreignKey.columns().get(i).name()) + " = " + Sql.ident(targets.get(i)));
            }
            if (!assignments.isEmpty()) {
                statements.add("UPDATE " + Sql.ident(table.name()) + " SET " + String.join(", ", assignments));
            }
        }
        return statements;
    }

    /** The parent columns a self-reference names, or the table's primary key when it names none. */
    private static List<String> targetColumns(Table table, ForeignKey foreignKey) {
        List<String> names = new ArrayList<>();
        if (!foreignKey.targetColumns().isEmpty()) {
            foreignKey.targetColumns().forEach(column -> names.add(column.name()));
        } else if (table.primaryKey() != null) {
            for (IndexPart part : table.primaryKey().columns()) {
                if (part.column() != null) {
                    names.add(part.column().name());
                }
            }
        }
        return names;
    }
}
