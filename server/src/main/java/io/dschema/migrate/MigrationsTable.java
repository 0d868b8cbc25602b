package io.dschema.migrate;

import io.dschema.db.DatabaseException;
import io.dschema.db.Queries;
import io.dschema.db.Row;
import io.dschema.sqlite.Sql;

import java.util.ArrayList;
import java.util.List;

/**
 * The table that records applied migrations, exactly as drizzle-orm's SQLite migrator creates and
 * fills it (reference §4.2), so that a database migrated by one is continued by the other: the
 * same DDL text (SQLite stores it, so the tables look the same in {@code sqlite_master}), one row
 * per migration with {@code hash} = sha256 of the file and {@code created_at} = the entry's {@code when}.
 */
public final class MigrationsTable {

    private MigrationsTable() {
    }

    /** drizzle-orm's text, tabs and all. */
    public static String createSql(String table) {
        return "CREATE TABLE IF NOT EXISTS " + Sql.ident(table) + " (\n"
                + "\t\t\t\tid SERIAL PRIMARY KEY,\n"
                + "\t\t\t\thash text NOT NULL,\n"
                + "\t\t\t\tcreated_at numeric\n"
                + "\t\t\t)";
    }

    /**
     * drizzle-orm binds {@code (hash, when)}; the values are written inline here (a plan is text), which
     * stores the same: a text and an integer.
     */
    public static String insertSql(String table, String hash, long when) {
        return "INSERT INTO " + Sql.ident(table) + " (\"hash\", \"created_at\") VALUES(" + Sql.string(hash) + ", " + when + ")";
    }

    public static boolean exists(Queries db, String table) throws DatabaseException {
        return !db.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE", table).isEmpty();
    }

    /** The rows, in the order they were inserted; none when the table (or the database) is not there. */
    public static List<AppliedMigration> read(Queries db, String table) throws DatabaseException {
        if (!exists(db, table)) {
            return List.of();
        }
        List<AppliedMigration> rows = new ArrayList<>();
        for (Row row : db.query("SELECT id, hash, created_at FROM " + Sql.ident(table) + " ORDER BY rowid")) {
            rows.add(new AppliedMigration(number(row.get("id")), row.get("hash") == null ? null : row.get("hash").toString(),
                    number(row.get("created_at"))));
        }
        return rows;
    }

    /** As drizzle-orm's {@code Number(created_at)}: a number or numeric text; else null. */
    private static Long number(Object value) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof String text) {
            try {
                return (long) Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
