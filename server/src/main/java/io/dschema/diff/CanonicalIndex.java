package io.dschema.diff;

import io.dschema.model.Index;
import io.dschema.model.Table;

import java.util.List;

/**
 * An index's definition as compared, once indexes are paired by name: uniqueness, parts and the
 * partial {@code where}. Where it was declared (an {@code index}, a column {@code unique}, a table
 * {@code unique (..)}, SQLite's inline UNIQUE) is not part of it.
 */
record CanonicalIndex(boolean unique, List<CanonicalPart> parts, String where) {

    static CanonicalIndex of(Index index, Table table, Renames renames) {
        return new CanonicalIndex(index.unique(), CanonicalPart.of(index.parts(), table, renames),
                index.where() == null ? "" : CanonicalExpr.of(index.where(), ExprScope.of(table, renames)));
    }
}
