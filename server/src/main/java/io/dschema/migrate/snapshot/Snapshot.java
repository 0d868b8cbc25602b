package io.dschema.migrate.snapshot;

import io.dschema.model.SqlObject;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A drizzle-kit SQLite snapshot, version "6" ({@code meta/NNNN_snapshot.json}), field for field
 * (shared/reference/drizzle-kit-sqlite.md, 1.4), plus what version 6 cannot hold, which is written
 * under {@code _meta.dschema} (drizzle-kit's schema lets {@code _meta} carry other keys and ignores
 * them; docs/migrations.md lists them). Maps keep their order: they are written in it.
 *
 * @param id a random UUID
 * @param prevId the previous snapshot's id, or {@link #NO_PARENT}
 * @param renamedTables {@code _meta.tables}: this migration's table renames, as drizzle-kit writes
 *                      them ({@code "\"old\"" -> "\"new\""})
 * @param renamedColumns {@code _meta.columns}: {@code "\"t\".\"old\"" -> "\"t\".\"new\""}
 * @param expressionColumns {@code internal.indexes}: per index, the entries of its columns that are expressions
 * @param extras {@code _meta.dschema}, or {@link Extras#NONE}
 */
public record Snapshot(String version, String dialect, String id, String prevId, List<Table> tables,
                       Map<String, String> renamedTables, Map<String, String> renamedColumns,
                       Map<String, Set<String>> expressionColumns, Extras extras) {

    public static final String VERSION = "6";
    public static final String NO_PARENT = "00000000-0000-0000-0000-000000000000";

    public Snapshot {
        tables = List.copyOf(tables);
        renamedTables = ordered(renamedTables);
        renamedColumns = ordered(renamedColumns);
        expressionColumns = ordered(expressionColumns);
    }

    /** An unmodifiable copy that keeps the order: maps are written in it. */
    static <K, V> Map<K, V> ordered(Map<K, V> map) {
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
    }

    /** drizzle-kit's "dry" snapshot: the base when a folder has none. */
    public static Snapshot empty() {
        return new Snapshot(VERSION, "sqlite", NO_PARENT, NO_PARENT, List.of(), Map.of(), Map.of(), Map.of(), Extras.NONE);
    }

    /** The same content under a new id, chained to {@code prevId}, with no renames (drizzle-kit's {@code --custom}). */
    public Snapshot rechained(String newId, String newPrevId, Extras newExtras) {
        return new Snapshot(version, dialect, newId, newPrevId, tables, Map.of(), Map.of(), expressionColumns, newExtras);
    }

    public Snapshot withExtras(Extras newExtras) {
        return new Snapshot(version, dialect, id, prevId, tables, renamedTables, renamedColumns, expressionColumns, newExtras);
    }

    public record Table(String name, List<Column> columns, List<Index> indexes, List<ForeignKey> foreignKeys,
                        List<CompositePrimaryKey> compositePrimaryKeys, List<Check> checks) {
        public Table {
            columns = List.copyOf(columns);
            indexes = List.copyOf(indexes);
            foreignKeys = List.copyOf(foreignKeys);
            compositePrimaryKeys = List.copyOf(compositePrimaryKeys);
            checks = List.copyOf(checks);
        }
    }

    /**
     * @param defaultValue drizzle's encoding: a String is SQL text ({@code 'it''s'}, {@code (unixepoch())},
     *                     {@code CURRENT_TIMESTAMP}), a Number or Boolean the JSON value; null for none
     */
    public record Column(String name, String type, boolean primaryKey, boolean notNull, boolean autoincrement,
                         Object defaultValue, Generated generated) {
    }

    /** @param type {@code stored} or {@code virtual}; @param as the expression in parentheses */
    public record Generated(String type, String as) {
    }

    /** @param where null when the index is not partial */
    public record Index(String name, List<String> columns, String where, boolean isUnique) {
        public Index {
            columns = List.copyOf(columns);
        }
    }

    /** Actions in drizzle's lower case: {@code no action}, {@code cascade}, {@code set null}, ... */
    public record ForeignKey(String name, String tableFrom, List<String> columnsFrom, String tableTo,
                             List<String> columnsTo, String onUpdate, String onDelete) {
        public ForeignKey {
            columnsFrom = List.copyOf(columnsFrom);
            columnsTo = List.copyOf(columnsTo);
        }
    }

    public record CompositePrimaryKey(String name, List<String> columns) {
        public CompositePrimaryKey {
            columns = List.copyOf(columns);
        }
    }

    public record Check(String name, String value) {
    }

    /**
     * {@code _meta.dschema}: what drizzle-kit's format cannot say.
     *
     * @param sqlHash sha256 of the migration file written with this snapshot (null when unknown or
     *                when the file is meant to be edited: {@code --custom}), so {@code check} names an edited file
     * @param custom whether the migration is a {@code --custom} one (its SQL is the user's)
     * @param views views as the database held them (a snapshot made from a database), kept so a rebuild recreates them
     * @param triggers likewise
     */
    public record Extras(String sqlHash, boolean custom, Map<String, TableExtras> tables, List<SqlObject> views,
                         List<SqlObject> triggers) {

        public static final Extras NONE = new Extras(null, false, Map.of(), List.of(), List.of());

        public Extras {
            tables = ordered(tables);
            views = List.copyOf(views);
            triggers = List.copyOf(triggers);
        }

        public boolean isEmpty() {
            return sqlHash == null && !custom && tables.isEmpty() && views.isEmpty() && triggers.isEmpty();
        }

        public Extras withSql(String hash, boolean isCustom) {
            return new Extras(hash, isCustom, tables, views, triggers);
        }

        public TableExtras table(String name) {
            for (Map.Entry<String, TableExtras> entry : tables.entrySet()) {
                if (io.dschema.model.Names.same(entry.getKey(), name)) {
                    return entry.getValue();
                }
            }
            return TableExtras.NONE;
        }
    }

    /**
     * Per table: {@code strict}, {@code without rowid}, column collations, the key's and each index's
     * part collations and orders, foreign key deferral (by the key's snapshot name), checks that had
     * no name (drizzle's format names every check), and the unique indexes that are UNIQUE
     * constraints inside a database's CREATE TABLE (SQLite's autoindexes, which only a rebuild
     * drops; only a snapshot made from a database has them: dschema writes every unique as an index).
     */
    public record TableExtras(boolean strict, boolean withoutRowid, Map<String, String> collations,
                              PrimaryKeyExtras primaryKey, Map<String, List<Part>> indexParts,
                              Map<String, String> deferrable, Set<String> unnamedChecks, Set<String> inlineUniques) {

        public static final TableExtras NONE = new TableExtras(false, false, Map.of(), null, Map.of(), Map.of(), Set.of(), Set.of());

        public TableExtras {
            collations = ordered(collations);
            indexParts = ordered(indexParts);
            deferrable = ordered(deferrable);
            unnamedChecks = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(unnamedChecks));
            inlineUniques = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(inlineUniques));
        }

        public boolean isEmpty() {
            return !strict && !withoutRowid && collations.isEmpty() && primaryKey == null && indexParts.isEmpty()
                    && deferrable.isEmpty() && unnamedChecks.isEmpty() && inlineUniques.isEmpty();
        }
    }

    /** A key written at table level ({@code primary key (id desc)} is a rowid alias, the column-level one is not), with its parts. */
    public record PrimaryKeyExtras(boolean tableLevel, List<Part> parts) {
        public PrimaryKeyExtras {
            parts = List.copyOf(parts);
        }
    }

    /** One part's collation (null: none written) and order. */
    public record Part(String collation, boolean desc) {
        public static final Part PLAIN = new Part(null, false);
    }
}
