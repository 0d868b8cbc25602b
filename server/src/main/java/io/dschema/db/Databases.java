package io.dschema.db;

import io.dschema.config.DatabaseUrl;

/** The one place that turns a configured URL into a {@link Database}. */
public final class Databases {

    private Databases() {
    }

    /**
     * Opens nothing yet: the database is read (read-only) when first queried and written only by
     * {@code apply}. Remote libSQL servers are refused for now.
     */
    public static Database open(DatabaseUrl url) throws DatabaseException {
        return switch (url.kind()) {
            case FILE -> new SqliteDatabase(url.file());
            case MEMORY -> SqliteDatabase.inMemory();
            case LIBSQL, HTTPS, HTTP -> throw new DatabaseException(DatabaseException.Kind.OTHER, url.redacted()
                    + ": remote databases are not supported yet; use a local file (file:./local.db) for now");
        };
    }
}
