package io.dschema.analysis;

import io.dschema.model.Names;
import io.dschema.model.Schema;
import io.dschema.model.Table;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The schema under analysis, with lookups every rule needs, built once. */
public final class AnalysisContext {

    private final Schema schema;
    private final Map<String, Table> tablesByName = new HashMap<>();

    public AnalysisContext(Schema schema) {
        this.schema = schema;
        for (Table table : schema.tables()) {
            tablesByName.putIfAbsent(Names.fold(table.name()), table);
        }
    }

    public Schema schema() {
        return schema;
    }

    /** The first table declared with that name, compared as SQLite compares names. */
    public Optional<Table> table(String name) {
        return Optional.ofNullable(tablesByName.get(Names.fold(name)));
    }
}
