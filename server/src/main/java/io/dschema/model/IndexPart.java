package io.dschema.model;

/**
 * One column of an index or key: a column name or an expression, with its collation and order.
 *
 * @param column the column, or null for an expression
 * @param expression the expression, or null for a column
 * @param collation null when none was written
 */
public record IndexPart(NameRef column, Expression expression, String collation, SortOrder order, SourceRange range) {

    public static IndexPart ofColumn(NameRef column) {
        return new IndexPart(column, null, null, SortOrder.NONE, column.range());
    }
}
