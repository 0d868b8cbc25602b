package io.dschema.config;

/** {@code migrations}: the table that records applied migrations, and how files are named. */
public record MigrationsConfig(String table, MigrationPrefix prefix) {

    public static final String DEFAULT_TABLE = "__drizzle_migrations";

    public static MigrationsConfig defaults() {
        return new MigrationsConfig(DEFAULT_TABLE, MigrationPrefix.INDEX);
    }
}
