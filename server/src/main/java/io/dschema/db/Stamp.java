package io.dschema.db;

/**
 * What the database looked like when it was inspected: SQLite's {@code PRAGMA schema_version} and
 * {@code PRAGMA data_version} (for a database that does not exist yet: {@link #ABSENT}). Apply
 * compares it inside its transaction: if either moved, someone changed the database after the user
 * saw the plan, and nothing is applied.
 */
public record Stamp(boolean exists, long schemaVersion, long dataVersion) {

    public static final Stamp ABSENT = new Stamp(false, 0, 0);
}
