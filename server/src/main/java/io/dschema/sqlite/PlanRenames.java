package io.dschema.sqlite;

import io.dschema.diff.SchemaChange;
import io.dschema.model.Names;
import io.dschema.model.SqlObject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The renames a plan carries out (tables, and columns per table), to bring the stored SQL of a
 * view or trigger that a rebuild recreates up to date: SQLite rewrote it on each RENAME, but the
 * baseline holds the text from before. Token based (see {@link SqlNames#rename}): a column name
 * is rewritten wherever it stands in an object that names its table, so an object naming two
 * tables with a column of the same name may come out wrong; the guard on views then stops the push.
 */
final class PlanRenames {

    static final PlanRenames NONE = new PlanRenames(Map.of(), Map.of());

    /** Folded old table name -> new name. */
    private final Map<String, String> tables;
    /** Folded baseline table name -> (folded old column name -> new name). */
    private final Map<String, Map<String, String>> columns;

    private PlanRenames(Map<String, String> tables, Map<String, Map<String, String>> columns) {
        this.tables = tables;
        this.columns = columns;
    }

    /** @param beforeNames maps a target table name to its baseline name */
    static PlanRenames of(List<SchemaChange> changes, UnaryOperator<String> beforeNames) {
        Map<String, String> tables = new HashMap<>();
        Map<String, Map<String, String>> columns = new HashMap<>();
        for (SchemaChange change : changes) {
            if (change instanceof SchemaChange.RenameTable rename) {
                tables.put(Names.fold(rename.from()), rename.to());
            } else if (change instanceof SchemaChange.RenameColumn rename) {
                columns.computeIfAbsent(Names.fold(beforeNames.apply(rename.table())), k -> new HashMap<>())
                        .put(Names.fold(rename.from()), rename.to());
            }
        }
        return new PlanRenames(tables, columns);
    }

    /** The object's SQL as SQLite would hold it after the plan's renames. */
    String sqlOf(SqlObject object) {
        Map<String, String> renames = new HashMap<>();
        List<String> named = new java.util.ArrayList<>(object.dependsOn());
        if (object.tableName() != null) {
            named.add(object.tableName());
        }
        for (String table : named) {
            renames.putAll(columns.getOrDefault(Names.fold(table), Map.of()));
        }
        renames.putAll(tables);
        return SqlNames.rename(object.sql(), renames);
    }
}
