package io.dschema.diff;

import io.dschema.model.Column;
import io.dschema.model.Expr;
import io.dschema.model.IndexPart;
import io.dschema.model.SortOrder;
import io.dschema.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One part of an index or key as compared: the column (its target name, folded) or the canonical
 * expression, the collation (none written = the column's own, none at all = {@code binary}) and the
 * order (none written = {@code asc}). An expression that is only a column of the table is that
 * column, as SQLite indexes it.
 */
record CanonicalPart(String column, String expression, String collation, SortOrder order) {

    static List<CanonicalPart> of(List<IndexPart> parts, Table table, Renames renames) {
        List<CanonicalPart> canonical = new ArrayList<>(parts.size());
        for (IndexPart part : parts) {
            canonical.add(of(part, table, renames));
        }
        return List.copyOf(canonical);
    }

    static CanonicalPart of(IndexPart part, Table table, Renames renames) {
        String columnName = part.column() == null ? null : part.column().name();
        if (columnName == null && part.expression() != null
                && CanonicalExpr.unwrap(part.expression().tree()) instanceof Expr.ColumnRef ref && ref.table() == null
                && table.hasColumn(ref.column().name())) {
            columnName = ref.column().name();
        }
        SortOrder order = part.order() == SortOrder.DESC ? SortOrder.DESC : SortOrder.ASC;
        if (columnName != null) {
            Optional<Column> column = table.column(columnName);
            String collation = part.collation() != null ? part.collation()
                    : column.map(Column::collation).orElse(null);
            return new CanonicalPart(renames.column(table.name(), columnName), null,
                    CanonicalColumn.collation(collation), order);
        }
        return new CanonicalPart(null, CanonicalExpr.of(part.expression(), ExprScope.of(table, renames)),
                CanonicalColumn.collation(part.collation()), order);
    }
}
