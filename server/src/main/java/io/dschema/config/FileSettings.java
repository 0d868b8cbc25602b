package io.dschema.config;

import java.nio.file.Path;
import java.util.List;

/**
 * What a config file says, checked and resolved, before defaults and flags: a null field means the
 * key is absent (or its value was wrong, in which case a problem says so).
 */
record FileSettings(List<SchemaEntry> schema, Path out, DatabaseUrl url, Secret authToken, Boolean verbose,
                    Boolean strict, Boolean breakpoints, String migrationsTable, MigrationPrefix prefix,
                    TablesFilter tablesFilter) {

    static final FileSettings NONE = new FileSettings(null, null, null, null, null, null, null, null, null, null);
}
