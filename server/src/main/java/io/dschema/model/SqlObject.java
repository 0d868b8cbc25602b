package io.dschema.model;

import java.util.List;

/** A view or a trigger, kept as SQLite stores it, with the tables it depends on. */
public record SqlObject(Kind kind, String name, String tableName, String sql, List<String> dependsOn) {

    public enum Kind { VIEW, TRIGGER }

    public SqlObject {
        dependsOn = List.copyOf(dependsOn);
    }
}
