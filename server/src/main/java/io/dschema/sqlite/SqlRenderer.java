package io.dschema.sqlite;

import io.dschema.model.Check;
import io.dschema.model.Column;
import io.dschema.model.DefaultValue;
import io.dschema.model.ForeignKey;
import io.dschema.model.Index;
import io.dschema.model.IndexPart;
import io.dschema.model.NameRef;
import io.dschema.model.Names;
import io.dschema.model.PrimaryKey;
import io.dschema.model.SortOrder;
import io.dschema.model.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL text of schema objects and of the ALTER statements SQLite allows. Pure and
 * deterministic; every identifier goes through {@link Sql#ident}, expressions are written exactly
 * as the schema spells them ({@code Expression.sql}). One statement per string, without a
 * trailing {@code ;}.
 */
public final class SqlRenderer {

    private SqlRenderer() {
    }

    /**
     * The CREATE TABLE of {@code table} under {@code name} (a rebuild creates it under a temporary
     * name). References of the table to itself follow {@code name}: SQLite rewrites them when the
     * table is renamed, so a self-referencing rebuilt table never points at the old copy.
     */
    public static String createTable(Table table, String name) {
        List<String> members = new ArrayList<>();
        PrimaryKey key = table.primaryKey();
        boolean inlineKey = key != null && key.columnLevel() && key.columns().size() == 1 && key.columns().get(0).column() != null;
        for (Column column : table.columns()) {
            String inlineKeySql = inlineKey && key.covers(column.name()) ? inlinePrimaryKey(key) : null;
            members.add(columnDefinition(column, inlineKeySql, null));
        }
        if (key != null && !inlineKey) {
            members.add("PRIMARY KEY (" + parts(key.columns()) + (key.autoincrement() && key.columns().size() == 1 ? " AUTOINCREMENT" : "") + ")");
        }
        for (ForeignKey foreignKey : table.foreignKeys()) {
            members.add("FOREIGN KEY (" + names(foreignKey.columns()) + ") " + references(foreignKey, table.name(), name));
        }
        for (Check check : table.checks()) {
            members.add(check(check));
        }
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(Sql.ident(name)).append(" (\n  ");
        sql.append(String.join(",\n  ", members)).append("\n)");
        List<String> options = new ArrayList<>();
        if (table.strict()) {
            options.add("STRICT");
        }
        if (table.withoutRowid()) {
            options.add("WITHOUT ROWID");
        }
        if (!options.isEmpty()) {
            sql.append(' ').append(String.join(", ", options));
        }
        return sql.toString();
    }

    /** {@code CREATE [UNIQUE] INDEX "name" ON "table" (...) [WHERE ...]}: every unique is one of these. */
    public static String createIndex(String table, Index index) {
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + Sql.ident(index.name()) + " ON " + Sql.ident(table)
                + " (" + parts(index.parts()) + ")" + (index.where() == null ? "" : " WHERE " + index.where().sql());
    }

    /**
     * {@code ALTER TABLE .. ADD COLUMN}, keeping the column's foreign key (as a column-level
     * {@code REFERENCES}, the only form ADD COLUMN takes) and its column-level checks.
     */
    public static String addColumn(String table, Column column, ForeignKey foreignKey) {
        return addColumn(table, column, foreignKey, List.of());
    }

    /** As {@link #addColumn(String, Column, ForeignKey)}, with the column's own checks inline. */
    public static String addColumn(String table, Column column, ForeignKey foreignKey, List<Check> columnChecks) {
        StringBuilder extra = new StringBuilder();
        for (Check check : columnChecks) {
            extra.append(' ').append(check(check));
        }
        if (foreignKey != null) {
            extra.append(' ').append(references(foreignKey, null, null));
        }
        return "ALTER TABLE " + Sql.ident(table) + " ADD COLUMN " + columnDefinition(column, null, extra.toString());
    }

    /**
     * One column's definition as the schema writes it on the column's line: its own primary key,
     * checks and foreign key inline (what an editor shows for the column).
     */
    public static String columnDefinition(Table table, Column column) {
        PrimaryKey key = table.primaryKey();
        boolean inlineKey = key != null && key.columnLevel() && key.columns().size() == 1 && key.columns().get(0).column() != null
                && key.covers(column.name());
        StringBuilder extra = new StringBuilder();
        for (Check check : table.checks()) {
            if (check.column() != null && Names.same(check.column(), column.name())) {
                extra.append(' ').append(check(check));
            }
        }
        for (ForeignKey foreignKey : table.foreignKeys()) {
            if (foreignKey.columnLevel() && foreignKey.columns().size() == 1 && foreignKey.columns().get(0).is(column.name())) {
                extra.append(' ').append(references(foreignKey, null, null));
            }
        }
        return columnDefinition(column, inlineKey ? inlinePrimaryKey(key) : null, extra.toString());
    }

    /** A table-level {@code FOREIGN KEY (...) REFERENCES ...}, as CREATE TABLE writes it. */
    public static String foreignKeyConstraint(ForeignKey foreignKey) {
        return "FOREIGN KEY (" + names(foreignKey.columns()) + ") " + references(foreignKey, null, null);
    }

    /** {@code [CONSTRAINT "name"] CHECK (...)}, as CREATE TABLE writes it. */
    public static String checkConstraint(Check check) {
        return check(check);
    }

    /** A table-level {@code PRIMARY KEY (...)}. */
    public static String primaryKeyConstraint(PrimaryKey key) {
        return "PRIMARY KEY (" + parts(key.columns()) + (key.autoincrement() && key.columns().size() == 1 ? " AUTOINCREMENT" : "") + ")";
    }

    public static String dropColumn(String table, String column) {
        return "ALTER TABLE " + Sql.ident(table) + " DROP COLUMN " + Sql.ident(column);
    }

    public static String renameColumn(String table, String from, String to) {
        return "ALTER TABLE " + Sql.ident(table) + " RENAME COLUMN " + Sql.ident(from) + " TO " + Sql.ident(to);
    }

    public static String renameTable(String from, String to) {
        return "ALTER TABLE " + Sql.ident(from) + " RENAME TO " + Sql.ident(to);
    }

    public static String dropTable(String table) {
        return "DROP TABLE " + Sql.ident(table);
    }

    public static String dropIndex(String index) {
        return "DROP INDEX " + Sql.ident(index);
    }

    /** The default as SQLite reads it back in an expression: a literal as written, an expression in parentheses. */
    public static String defaultSql(DefaultValue value) {
        return value.parenthesized() ? "(" + value.expression().sql() + ")" : value.expression().sql();
    }

    private static String columnDefinition(Column column, String inlineKeySql, String extra) {
        StringBuilder sql = new StringBuilder(Sql.ident(column.name()));
        if (column.type() != null && !column.type().isBlank()) {
            sql.append(' ').append(column.type());
        }
        if (inlineKeySql != null) {
            sql.append(' ').append(inlineKeySql);
        }
        if (column.notNull()) {
            sql.append(" NOT NULL");
        }
        if (column.defaultValue() != null) {
            sql.append(" DEFAULT ").append(defaultSql(column.defaultValue()));
        }
        if (column.collation() != null) {
            sql.append(" COLLATE ").append(Sql.ident(column.collation()));
        }
        if (column.generated() != null) {
            sql.append(" GENERATED ALWAYS AS (").append(column.generated().expression().sql()).append(')')
                    .append(column.generated().stored() ? " STORED" : " VIRTUAL");
        }
        if (extra != null) {
            sql.append(extra);
        }
        return sql.toString();
    }

    private static String inlinePrimaryKey(PrimaryKey key) {
        SortOrder order = key.columns().get(0).order();
        return "PRIMARY KEY" + (order == SortOrder.ASC ? " ASC" : order == SortOrder.DESC ? " DESC" : "")
                + (key.autoincrement() ? " AUTOINCREMENT" : "");
    }

    private static String references(ForeignKey foreignKey, String tableName, String renderedName) {
        String target = foreignKey.targetTable().name();
        if (tableName != null && Names.same(target, tableName)) {
            target = renderedName;
        }
        StringBuilder sql = new StringBuilder("REFERENCES ").append(Sql.ident(target));
        if (!foreignKey.targetColumns().isEmpty()) {
            sql.append('(').append(names(foreignKey.targetColumns())).append(')');
        }
        if (foreignKey.onDelete() != null && foreignKey.onDelete() != ForeignKey.Action.NO_ACTION) {
            sql.append(" ON DELETE ").append(foreignKey.onDelete().words().toUpperCase(java.util.Locale.ROOT));
        }
        if (foreignKey.onUpdate() != null && foreignKey.onUpdate() != ForeignKey.Action.NO_ACTION) {
            sql.append(" ON UPDATE ").append(foreignKey.onUpdate().words().toUpperCase(java.util.Locale.ROOT));
        }
        if (foreignKey.deferrable() == ForeignKey.Deferrable.DEFERRABLE_INITIALLY_DEFERRED) {
            sql.append(" DEFERRABLE INITIALLY DEFERRED");
        } else if (foreignKey.deferrable() == ForeignKey.Deferrable.DEFERRABLE_INITIALLY_IMMEDIATE) {
            sql.append(" DEFERRABLE INITIALLY IMMEDIATE");
        }
        return sql.toString();
    }

    private static String check(Check check) {
        return (check.name() == null ? "" : "CONSTRAINT " + Sql.ident(check.name()) + " ") + "CHECK (" + check.expression().sql() + ")";
    }

    private static String names(List<NameRef> names) {
        List<String> quoted = new ArrayList<>(names.size());
        names.forEach(name -> quoted.add(Sql.ident(name.name())));
        return String.join(", ", quoted);
    }

    private static String parts(List<IndexPart> parts) {
        List<String> rendered = new ArrayList<>(parts.size());
        for (IndexPart part : parts) {
            StringBuilder sql = new StringBuilder(part.column() != null ? Sql.ident(part.column().name()) : "(" + part.expression().sql() + ")");
            if (part.collation() != null) {
                sql.append(" COLLATE ").append(Sql.ident(part.collation()));
            }
            if (part.order() == SortOrder.ASC) {
                sql.append(" ASC");
            } else if (part.order() == SortOrder.DESC) {
                sql.append(" DESC");
            }
            rendered.add(sql.toString());
        }
        return String.join(", ", rendered);
    }
}
