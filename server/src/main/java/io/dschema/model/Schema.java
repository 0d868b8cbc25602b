package io.dschema.model;

import java.util.List;
import java.util.Optional;

/**
 * A whole database schema: the tables a schema declares (or a database holds), and the views and
 * triggers a database holds, which the language does not declare but which share SQLite's one
 * namespace with tables and indexes.
 */
public record Schema(List<Table> tables, List<SqlObject> views, List<SqlObject> triggers) {

    public Schema {
        tables = List.copyOf(tables);
        views = List.copyOf(views);
        triggers = List.copyOf(triggers);
    }

    public static Schema ofTables(List<Table> tables) {
        return new Schema(tables, List.of(), List.of());
    }

    /** The first table with that name, compared as SQLite compares names. */
    public Optional<Table> table(String name) {
        return tables.stream().filter(table -> Names.same(table.name(), name)).findFirst();
    }
}
