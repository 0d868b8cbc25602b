package io.dschema.diff;

import io.dschema.model.Column;
import io.dschema.model.Names;
import io.dschema.model.Table;

import java.util.HashSet;
import java.util.Set;

/**
 * What an expression's names mean: the table it belongs to (its name in its own schema), that
 * table's columns, and the renames that lead from its schema to the target.
 *
 * @param columns the table's column names, folded; a name outside them is a string (see {@link CanonicalExpr})
 */
record ExprScope(String table, Set<String> columns, Renames renames) {

    static ExprScope of(Table table, Renames renames) {
        Set<String> columns = new HashSet<>();
        for (Column column : table.columns()) {
            columns.add(Names.fold(column.name()));
        }
        return new ExprScope(table.name(), Set.copyOf(columns), renames);
    }

    /** For a default: it may name no column, so every bare name is a string. */
    static ExprScope noColumns(Table table, Renames renames) {
        return new ExprScope(table.name(), Set.of(), renames);
    }

    boolean isColumn(String name) {
        return columns.contains(Names.fold(name));
    }

    boolean isOwnTable(String name) {
        return Names.same(name, table);
    }
}
