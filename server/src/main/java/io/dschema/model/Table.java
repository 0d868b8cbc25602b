package io.dschema.model;

import java.util.List;
import java.util.Optional;

/**
 * A table. Column-level constraints are lifted to the table: a column's {@code primary key} is the
 * table's {@link #primaryKey}, its {@code unique} one of the {@link #indexes}, its
 * {@code references} one of the {@link #foreignKeys}, its {@code check} one of the {@link #checks};
 * each keeps where it was written ({@code columnLevel}) so that tools can write it back there.
 *
 * @param primaryKey null when the table declares none
 * @param renamedFrom the rename hint, or null
 * @param doc the doc comment without its slashes, or null
 */
public record Table(
        String name,
        boolean strict,
        boolean withoutRowid,
        NameRef renamedFrom,
        List<Column> columns,
        PrimaryKey primaryKey,
        List<Index> indexes,
        List<ForeignKey> foreignKeys,
        List<Check> checks,
        String doc,
        SourceRange range,
        SourceRange nameRange) {

    public Table {
        columns = List.copyOf(columns);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(column -> Names.same(column.name(), columnName)).findFirst();
    }

    public boolean hasColumn(String columnName) {
        return column(columnName).isPresent();
    }

    /**
     * The column that aliases the rowid: a rowid table's single-column primary key declared with the
     * type exactly {@code integer} and not {@code desc} (SQLite's rule, case-insensitive).
     */
    public Optional<Column> rowidAlias() {
        if (withoutRowid || primaryKey == null || primaryKey.columns().size() != 1) {
            return Optional.empty();
        }
        IndexPart part = primaryKey.columns().get(0);
        if (part.column() == null || part.order() == SortOrder.DESC && primaryKey.columnLevel()) {
            return Optional.empty();
        }
        return column(part.column().name()).filter(c -> c.type() != null && Names.same(c.type(), "integer"));
    }
}
