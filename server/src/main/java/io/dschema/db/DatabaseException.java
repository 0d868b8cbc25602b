package io.dschema.db;

/**
 * A database that could not be read or changed. The message is for the user: it names the database
 * (never a token), what went wrong and, where there is one, the fix. After an exception from
 * {@link Database#apply}, nothing of the plan is left applied.
 */
public final class DatabaseException extends Exception {

    public enum Kind {
        /** The file is not there (inspection never creates it). */
        MISSING,
        /** Another connection holds a lock longer than the busy timeout. */
        LOCKED,
        /** Not a database, no permission, a folder, corrupt. */
        UNREADABLE,
        /** Changed between inspection and apply. */
        CHANGED,
        /** A guard fired or the check inside the transaction failed: rolled back. */
        GUARD,
        /** A statement failed: rolled back. */
        STATEMENT,
        /** Anything else the driver reported. */
        OTHER
    }

    private final Kind kind;
    private final String statement;

    public DatabaseException(Kind kind, String message, String statement, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.statement = statement;
    }

    public DatabaseException(Kind kind, String message) {
        this(kind, message, null, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The statement that failed, or null. */
    public String statement() {
        return statement;
    }
}
