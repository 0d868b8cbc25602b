package io.dschema.migrate.folder;

/**
 * One entry of {@code meta/_journal.json}, field for field as drizzle-kit writes it.
 *
 * @param version the snapshot version, {@code "6"} for SQLite
 * @param when milliseconds since the epoch, taken when the migration was generated: drizzle-orm's
 *             migrator records it as {@code created_at} and orders by it
 * @param tag the file stem: {@code <out>/<tag>.sql}
 */
public record JournalEntry(int idx, String version, long when, String tag, boolean breakpoints) {
}
