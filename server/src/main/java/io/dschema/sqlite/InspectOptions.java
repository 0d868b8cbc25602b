package io.dschema.sqlite;

import io.dschema.config.MigrationsConfig;
import io.dschema.config.TablesFilter;

/**
 * What {@link Inspector} leaves out besides SQLite's and other tools' own tables: the tables
 * {@code tablesFilter} does not manage, and the table that records applied migrations.
 *
 * @param tablesFilter null: every table
 * @param migrationsTable null: {@code __drizzle_migrations}
 */
public record InspectOptions(TablesFilter tablesFilter, String migrationsTable) {

    public static final InspectOptions DEFAULTS = new InspectOptions(TablesFilter.ALL, MigrationsConfig.DEFAULT_TABLE);

    public InspectOptions {
        tablesFilter = tablesFilter == null ? TablesFilter.ALL : tablesFilter;
        migrationsTable = migrationsTable == null ? MigrationsConfig.DEFAULT_TABLE : migrationsTable;
    }
}
