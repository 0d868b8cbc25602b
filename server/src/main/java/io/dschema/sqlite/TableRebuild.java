package io.dschema.sqlite;

import io.dschema.model.Column;
import io.dschema.model.Index;
import io.dschema.model.Names;
import io.dschema.model.Schema;
import io.dschema.model.SqlObject;
import io.dschema.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The statements of SQLite's 12-step table rebuild (lang_altertable.html, section 7) for one table,
 * carrying all of its changes at once: create the target shape under a temporary name, copy the
 * rows with explicit column lists, drop the old table, rename the new one, create its indexes once,
 * recreate the views and triggers that stood in the way.
 */
final class TableRebuild {

    private TableRebuild() {
    }

    /**
     * @param current the table as the database holds it when the step runs (after the plan's renames)
     * @param currentTables every table as the database holds it then (for the referencing tables)
     * @param beforeNames maps a current table name to its baseline name (views and triggers are stored under those)
     */
    static List<String> statements(TableDiff diff, Table current, List<Table> currentTables, Schema before,
                                   java.util.function.UnaryOperator<String> beforeNames, PlannerOptions options,
                                   PlanRenames renames) {
        Table after = diff.after;
        String name = after.name();
        String temporary = "__dschema_new_" + name;
        ChildKeeper children = options.canDisableForeignKeys()
                ? new ChildKeeper(name, List.of())
                : new ChildKeeper(name, currentTables.stream().filter(t -> !Names.same(t.name(), name)).toList());
        List<SqlObject> dependents = dependents(before, diff.beforeName(), children, beforeNames);
        List<String> statements = new ArrayList<>(DependentObjects.dropStatements(dependents));
        statements.addAll(children.saveAndEmpty());
        boolean keepSequence = diff.before.primaryKey() != null && diff.before.primaryKey().autoincrement()
                && after.primaryKey() != null && after.primaryKey().autoincrement();
        if (keepSequence) {
            statements.add("CREATE TEMP TABLE \"_dschema_seq\" AS SELECT \"seq\" FROM \"sqlite_sequence\" WHERE \"name\" = " + Sql.string(name));
        }
        statements.add(SqlRenderer.createTable(after, temporary));
        statements.add(copy(diff, current, temporary));
        if (!options.canDisableForeignKeys()) {
            statements.addAll(SelfReference.pointHome(current));
        }
        statements.add(SqlRenderer.dropTable(name));
        statements.add(SqlRenderer.renameTable(temporary, name));
        if (keepSequence) {
            // The copy set the new table's sequence to its largest key; the old one may have been
            // higher (rows deleted since), and AUTOINCREMENT promises never to reuse a key.
            String quotedName = Sql.string(name);
            statements.add("UPDATE \"sqlite_sequence\" SET \"seq\" = max(\"seq\", (SELECT \"seq\" FROM temp.\"_dschema_seq\")) WHERE \"name\" = "
                    + quotedName + " AND EXISTS (SELECT 1 FROM temp.\"_dschema_seq\")");
            statements.add("INSERT INTO \"sqlite_sequence\" (\"name\", \"seq\") SELECT " + quotedName + ", \"seq\" FROM temp.\"_dschema_seq\""
                    + " WHERE NOT EXISTS (SELECT 1 FROM \"sqlite_sequence\" WHERE \"name\" = " + quotedName + ")");
            statements.add("DROP TABLE temp.\"_dschema_seq\"");
        }
        for (Index index : after.indexes()) {
            statements.add(SqlRenderer.createIndex(name, index));
        }
        statements.addAll(children.restore());
        statements.addAll(DependentObjects.createStatements(dependents, renames));
        return statements;
    }

    /**
     * {@code INSERT INTO new (cols) SELECT cols FROM old}: only the target's stored columns that
     * were there before (under their current names), {@code COALESCE} where a column becomes
     * NOT NULL with a default, and the rowid where no column carries it.
     */
    static String copy(TableDiff diff, Table current, String temporary) {
        List<String> targets = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        String rowid = RowidCopy.name(current, diff.after);
        if (rowid != null) {
            targets.add(Sql.ident(rowid));
            sources.add(Sql.ident(rowid));
        }
        for (Column column : diff.after.columns()) {
            Optional<Column> origin = diff.beforeColumn(column.name());
            if (column.generated() != null || origin.isEmpty()) {
                continue;
            }
            targets.add(Sql.ident(column.name()));
            sources.add(copiedValue(column.name(), origin.get(), column));
        }
        return "INSERT INTO " + Sql.ident(temporary) + " (" + String.join(", ", targets) + ") SELECT " + String.join(", ", sources)
                + " FROM " + Sql.ident(diff.name());
    }

    /** A kept column's value as the copy reads it from {@code source}: NULL becomes the default under a new NOT NULL. */
    static String copiedValue(String source, Column before, Column after) {
        String value = Sql.ident(source);
        if (after.notNull() && after.defaultValue() != null && !before.notNull()) {
            return "COALESCE(" + value + ", " + SqlRenderer.defaultSql(after.defaultValue()) + ")";
        }
        return value;
    }

    /** Views and triggers naming the table, and the triggers on the referencing tables (they would fire on the copy). */
    private static List<SqlObject> dependents(Schema before, String beforeName, ChildKeeper children,
                                              java.util.function.UnaryOperator<String> beforeNames) {
        List<String> names = new ArrayList<>();
        names.add(beforeName);
        List<SqlObject> found = new ArrayList<>(DependentObjects.of(before, names));
        for (String child : children.tableNames()) {
            String childBefore = beforeNames.apply(child);
            for (SqlObject trigger : before.triggers()) {
                if (Names.same(trigger.tableName(), childBefore) && !found.contains(trigger)) {
                    found.add(trigger);
                }
            }
        }
        List<SqlObject> ordered = new ArrayList<>();
        for (SqlObject object : before.views()) {
            if (found.contains(object)) {
                ordered.add(object);
            }
        }
        for (SqlObject object : before.triggers()) {
            if (found.contains(object)) {
                ordered.add(object);
            }
        }
        return ordered;
    }
}
