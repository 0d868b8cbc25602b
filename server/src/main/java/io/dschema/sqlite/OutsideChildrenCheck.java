package io.dschema.sqlite;

import java.util.ArrayList;
import java.util.List;

/**
 * A migration file rebuilds a parent with foreign keys on, keeping the rows of the tables that
 * reference it ({@link ChildKeeper}); but it knows only the schema's tables. A table outside the
 * schema (left out by {@code tablesFilter}, or another tool's) that references the parent would
 * have its ON DELETE action fired by the DROP: CASCADE deletes its rows. These statements, first in
 * the plan's setup, stop the migration before anything changed, in plain SQL (a named CHECK on a
 * temporary table, as {@link ForeignKeyGuards}), when the database holds such a table.
 */
final class OutsideChildrenCheck {

    private static final String TABLE = "_dschema_outside_children";

    private OutsideChildrenCheck() {
    }

    /**
     * @param parents the rebuilt tables, by their baseline names (the check runs before any step)
     * @param known every table of the baseline (the referencing ones the plan keeps)
     */
    static List<String> statements(List<String> parents, List<String> known) {
        List<String> names = new ArrayList<>();
        known.forEach(name -> names.add(Sql.string(name)));
        List<String> targets = new ArrayList<>();
        parents.forEach(name -> targets.add(Sql.string(name)));
        String message = "a table outside the schema references " + String.join(", ", parents) + ": its rows would be deleted"
                + " or changed by the rebuild; add it to the schema or run dschema push";
        return List.of(
                "CREATE TEMP TABLE " + Sql.ident(TABLE) + " (\"ok\" INTEGER CONSTRAINT " + Sql.ident(message) + " CHECK (\"ok\"))",
                "INSERT INTO temp." + Sql.ident(TABLE) + " (\"ok\") SELECT NOT EXISTS (SELECT 1 FROM \"sqlite_master\" AS \"m\","
                        + " pragma_foreign_key_list(\"m\".\"name\") AS \"f\" WHERE \"m\".\"type\" = 'table' AND \"f\".\"table\" COLLATE NOCASE IN ("
                        + String.join(", ", targets) + ") AND \"m\".\"name\" COLLATE NOCASE NOT IN (" + String.join(", ", names) + "))",
                "DROP TABLE temp." + Sql.ident(TABLE));
    }
}
