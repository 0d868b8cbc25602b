package io.dschema.lower;

import io.dschema.model.Index;

/** An index read from a CREATE INDEX statement, with the name of the table it is on. */
public record LoweredIndex(String tableName, Index index) {
}
