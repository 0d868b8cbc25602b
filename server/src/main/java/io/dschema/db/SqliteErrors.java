package io.dschema.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Turns what sqlite-jdbc reports into a {@link DatabaseException} a user can act on: the file, what
 * went wrong and the fix. SQLite's primary result code decides the kind (the low byte of the error
 * code: extended codes such as SQLITE_BUSY_SNAPSHOT keep their primary code there).
 */
final class SqliteErrors {

    private static final int SQLITE_PERM = 3;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_NOTADB = 26;
    private static final int SQLITE_AUTH = 23;

    /** The database file, or null for an in-memory database. */
    private final Path file;
    private final Duration busyTimeout;

    SqliteErrors(Path file, Duration busyTimeout) {
        this.file = file;
        this.busyTimeout = busyTimeout;
    }

    /** Whether the error is SQLite's "busy" or "locked": another connection holds the lock. */
    static boolean isBusy(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        return code == SQLITE_BUSY || code == SQLITE_LOCKED;
    }

    /** The file's problem, or null when nothing about the file itself explains the error. */
    DatabaseException fileProblem(SQLException e) {
        return fileProblem(e, null);
    }

    /** The same, naming the statement that met it ({@link DatabaseException#statement()}). */
    DatabaseException fileProblem(SQLException e, String statement) {
        int code = e.getErrorCode() & 0xff;
        if (isBusy(e)) {
            return new DatabaseException(DatabaseException.Kind.LOCKED, where() + " is locked by another connection"
                    + " (waited " + seconds() + "): another program is writing to it; close it or wait for it"
                    + " to finish, then try again (SQLite: " + e.getMessage() + ")", statement, e);
        }
        if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT) {
            return unreadable("is not a SQLite database (or is corrupt)", "check that the url names the right file", e, statement);
        }
        if (file != null && (code == SQLITE_CANTOPEN || code == SQLITE_PERM || code == SQLITE_AUTH || code == SQLITE_READONLY)) {
            if (Files.isDirectory(file)) {
                return folder();
            }
            if (Files.exists(file) && !Files.isReadable(file)) {
                return unreadable("cannot be read: permission denied", "give this user read and write permission on it", e, statement);
            }
            if (code == SQLITE_READONLY) {
                return unreadable("cannot be written: it or its folder is read-only",
                        "give this user write permission on the file and its folder", e, statement);
            }
            if (Files.exists(file)) {
                return unreadable("cannot be opened", "check the permissions of the file and its folder", e, statement);
            }
        }
        return null;
    }

    /** Any failure outside a statement of the plan: the file's problem, else OTHER. */
    DatabaseException translate(SQLException e, String doing) {
        DatabaseException problem = fileProblem(e);
        return problem != null ? problem
                : new DatabaseException(DatabaseException.Kind.OTHER, where() + ": " + doing + " failed: " + e.getMessage(), null, e);
    }

    DatabaseException folder() {
        return new DatabaseException(DatabaseException.Kind.UNREADABLE, where()
                + " is a folder, not a database file; point the url at a file, e.g. file:./local.db");
    }

    DatabaseException missing() {
        return new DatabaseException(DatabaseException.Kind.MISSING, where()
                + " does not exist; push creates it (looking at a database never does)");
    }

    private DatabaseException unreadable(String what, String fix, SQLException e, String statement) {
        return new DatabaseException(DatabaseException.Kind.UNREADABLE, where() + " " + what + "; " + fix
                + " (SQLite: " + e.getMessage() + ")", statement, e);
    }

    /** The file as messages name it: the path as configured, made absolute. */
    String where() {
        return file == null ? "in-memory database" : "database " + file.toAbsolutePath();
    }

    private String seconds() {
        long millis = busyTimeout.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
