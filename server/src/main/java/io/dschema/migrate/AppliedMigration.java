package io.dschema.migrate;

/**
 * One row of the migrations table, as drizzle-orm writes it.
 *
 * @param id always null in a table drizzle-orm created ({@code id SERIAL} is no rowid alias)
 * @param createdAt the journal entry's {@code when}; null when the row holds something else
 */
public record AppliedMigration(Long id, String hash, Long createdAt) {
}
