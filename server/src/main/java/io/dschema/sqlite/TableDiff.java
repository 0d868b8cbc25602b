package io.dschema.sqlite;

import io.dschema.diff.SchemaChange;
import io.dschema.model.Column;
import io.dschema.model.Names;
import io.dschema.model.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The changes of one table that exists both before and after, with the names it has on each side:
 * hazard counts run before the plan and use the baseline's names, statements after the renames
 * use the target's.
 */
final class TableDiff {

    final Table before;
    final Table after;
    final List<SchemaChange> changes;
    private final Map<String, String> renamedFrom = new HashMap<>();
    private final Set<String> added = new HashSet<>();

    TableDiff(Table before, Table after, List<SchemaChange> changes) {
        this.before = before;
        this.after = after;
        this.changes = List.copyOf(changes);
        for (SchemaChange change : changes) {
            if (change instanceof SchemaChange.RenameColumn rename) {
                renamedFrom.put(Names.fold(rename.to()), rename.from());
            } else if (change instanceof SchemaChange.AlterColumn alter && !Names.same(alter.before().name(), alter.after().name())) {
                renamedFrom.putIfAbsent(Names.fold(alter.after().name()), alter.before().name());
            } else if (change instanceof SchemaChange.AddColumn add) {
                added.add(Names.fold(add.column().name()));
            }
        }
    }

    String name() {
        return after.name();
    }

    String beforeName() {
        return before.name();
    }

    /** The baseline column a target column was (under its baseline name), or empty for an added column. */
    Optional<Column> beforeColumn(String afterColumn) {
        if (added.contains(Names.fold(afterColumn))) {
            return Optional.empty();
        }
        String from = renamedFrom.getOrDefault(Names.fold(afterColumn), afterColumn);
        return before.column(from);
    }

    /** The target name of a baseline column, or null when it is dropped. */
    String afterColumnName(String beforeColumn) {
        for (Column column : after.columns()) {
            Optional<Column> origin = beforeColumn(column.name());
            if (origin.isPresent() && Names.same(origin.get().name(), beforeColumn)) {
                return column.name();
            }
        }
        return null;
    }

    boolean isAdded(String afterColumn) {
        return added.contains(Names.fold(afterColumn));
    }

    <T extends SchemaChange> List<T> of(Class<T> type) {
        List<T> found = new ArrayList<>();
        for (SchemaChange change : changes) {
            if (type.isInstance(change)) {
                found.add(type.cast(change));
            }
        }
        return found;
    }
}
