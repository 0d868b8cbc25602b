package io.dschema.diff;

import io.dschema.model.ForeignKey;
import io.dschema.model.IndexPart;
import io.dschema.model.NameRef;
import io.dschema.model.Schema;
import io.dschema.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A foreign key's identity (SQLite keeps no names): its columns, the target table and columns, the
 * actions and the deferral, all names as the target calls them (a key that only follows a renamed
 * table or column is unchanged: SQLite rewrites REFERENCES on RENAME). No target columns means the
 * parent's primary key, looked up in the schema the key belongs to. {@code deferrable initially
 * immediate} is {@code not deferrable}: SQLite treats both as immediate.
 */
record CanonicalForeignKey(List<String> columns, String targetTable, List<String> targetColumns,
                           ForeignKey.Action onDelete, ForeignKey.Action onUpdate, boolean deferred) {

    static CanonicalForeignKey of(ForeignKey key, Table table, Schema schema, Renames renames) {
        List<String> columns = new ArrayList<>();
        for (NameRef column : key.columns()) {
            columns.add(renames.column(table.name(), column.name()));
        }
        String parent = key.targetTable() == null || key.targetTable().name() == null ? "" : key.targetTable().name();
        List<String> targetColumns = new ArrayList<>();
        if (key.targetColumns().isEmpty()) {
            Optional<Table> parentTable = schema.table(parent);
            if (parentTable.isPresent() && parentTable.get().primaryKey() != null) {
                for (IndexPart part : parentTable.get().primaryKey().columns()) {
                    if (part.column() != null) {
                        targetColumns.add(renames.column(parent, part.column().name()));
                    }
                }
            }
        } else {
            for (NameRef column : key.targetColumns()) {
                targetColumns.add(renames.column(parent, column.name()));
            }
        }
        return new CanonicalForeignKey(List.copyOf(columns), renames.table(parent), List.copyOf(targetColumns),
                orDefault(key.onDelete()), orDefault(key.onUpdate()),
                key.deferrable() == ForeignKey.Deferrable.DEFERRABLE_INITIALLY_DEFERRED);
    }

    private static ForeignKey.Action orDefault(ForeignKey.Action action) {
        return action == null ? ForeignKey.Action.NO_ACTION : action;
    }
}
