package io.dschema.sqlite;

import io.dschema.model.Column;
import io.dschema.model.ForeignKey;
import io.dschema.model.Names;
import io.dschema.model.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the rows of the tables that reference a rebuilt parent when foreign keys cannot be turned
 * off (a migration file run inside someone else's transaction): {@code DROP TABLE parent} runs an
 * implicit {@code DELETE}, which fires every child's ON DELETE action. Following
 * shared/reference/sqlite-rebuild-notes.md: copy the closure of referencing tables aside (parents
 * first), empty them leaf first, rebuild the parent, restore them root first with their rowids.
 */
final class ChildKeeper {

    /** The referencing tables, in their current shape, parents first. */
    final List<Table> closure;

    ChildKeeper(String parent, List<Table> current) {
        Set<String> members = new HashSet<>();
        members.add(Names.fold(parent));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Table table : current) {
                if (!members.contains(Names.fold(table.name())) && referencesAny(table, members)) {
                    members.add(Names.fold(table.name()));
                    grew = true;
                }
            }
        }
        members.remove(Names.fold(parent));
        List<Table> ordered = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        for (Table table : current) {
            if (members.contains(Names.fold(table.name()))) {
                visit(table, current, members, visited, ordered);
            }
        }
        this.closure = List.copyOf(ordered);
    }

    /** Parents before the tables that reference them (a cycle is cut where it is met). */
    private static void visit(Table table, List<Table> current, Set<String> members, Set<String> visited, List<Table> ordered) {
        if (!visited.add(Names.fold(table.name()))) {
            return;
        }
        for (ForeignKey foreignKey : table.foreignKeys()) {
            String target = Names.fold(foreignKey.targetTable().name());
            if (members.contains(target) && !target.equals(Names.fold(table.name()))) {
                current.stream().filter(t -> Names.fold(t.name()).equals(target)).findFirst()
                        .ifPresent(parent -> visit(parent, current, members, visited, ordered));
            }
        }
        ordered.add(table);
    }

    private static boolean referencesAny(Table table, Set<String> names) {
        return table.foreignKeys().stream().anyMatch(fk -> names.contains(Names.fold(fk.targetTable().name())));
    }

    boolean isEmpty() {
        return closure.isEmpty();
    }

    List<String> tableNames() {
        List<String> names = new ArrayList<>();
        closure.forEach(table -> names.add(table.name()));
        return names;
    }

    /** Copy each table aside (parents first), then empty them (leaf first). */
    List<String> saveAndEmpty() {
        List<String> statements = new ArrayList<>();
        for (Table table : closure) {
            String rowid = RowidCopy.name(table, table);
            List<String> columns = storedColumns(table);
            statements.add("CREATE TEMP TABLE " + Sql.ident(keepName(table)) + " AS SELECT "
                    + (rowid == null ? "" : Sql.ident(rowid) + " AS \"__dschema_rowid\", ") + String.join(", ", columns)
                    + " FROM " + Sql.ident(table.name()));
        }
        for (int i = closure.size() - 1; i >= 0; i--) {
            // a RESTRICT self-reference would refuse the DELETE: the copy above keeps the real values
            statements.addAll(SelfReference.pointHome(closure.get(i)));
            statements.add("DELETE FROM " + Sql.ident(closure.get(i).name()));
        }
        return statements;
    }

    /** Put the rows back (parents first, with their rowids), then drop the copies. */
    List<String> restore() {
        List<String> statements = new ArrayList<>();
        for (Table table : closure) {
            String rowid = RowidCopy.name(table, table);
            String columns = String.join(", ", storedColumns(table));
            statements.add("INSERT INTO " + Sql.ident(table.name()) + " (" + (rowid == null ? "" : Sql.ident(rowid) + ", ") + columns
                    + ") SELECT " + (rowid == null ? "" : "\"__dschema_rowid\", ") + columns + " FROM temp." + Sql.ident(keepName(table)));
        }
        for (Table table : closure) {
            statements.add("DROP TABLE temp." + Sql.ident(keepName(table)));
        }
        return statements;
    }

    private static String keepName(Table table) {
        return "_dschema_keep_" + table.name();
    }

    /** Generated columns cannot be inserted into: only stored ones are copied. */
    private static List<String> storedColumns(Table table) {
        List<String> columns = new ArrayList<>();
        for (Column column : table.columns()) {
            if (column.generated() == null) {
                columns.add(Sql.ident(column.name()));
            }
        }
        return columns;
    }
}
