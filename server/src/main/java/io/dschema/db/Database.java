package io.dschema.db;

import io.dschema.plan.Plan;

/**
 * A database dschema inspects and changes: a local SQLite file now, a remote libSQL server later,
 * behind this one interface (nothing above {@code db} knows which one it talks to).
 *
 * <p>Looking never changes anything: queries and {@link #stamp()} run on a read-only connection and
 * never create a missing file. {@link #apply} is the only way to write.
 */
public interface Database extends Queries, AutoCloseable {

    /** For messages: the file name or host, never a token. */
    String displayName();

    /** Whether the database exists (a missing file is an empty baseline). */
    boolean exists() throws DatabaseException;

    /** The versions seen now by the inspecting connection; {@link Stamp#ABSENT} when it does not exist. */
    Stamp stamp() throws DatabaseException;

    /**
     * Applies the plan atomically: the prologue outside the transaction, then {@code BEGIN
     * IMMEDIATE}, a check that the database still carries {@code expected} (else {@link
     * DatabaseException.Kind#CHANGED}), the setup, every statement, every guard, {@code check}, {@code COMMIT},
     * and the epilogue (also run after a failure). On any failure everything is rolled back and the
     * exception names the statement. Creates the database file if it does not exist.
     */
    ApplyResult apply(Plan plan, Stamp expected, TransactionCheck check) throws DatabaseException;

    /**
     * Keeps a copy of the database as it is now, before a push that drops data, where it can (a
     * local file: a consistent copy next to it, {@code VACUUM INTO}); returns where the copy is, or
     * empty where there is nothing to copy or it cannot be copied (remote).
     */
    java.util.Optional<String> backup() throws DatabaseException;

    @Override
    void close();
}
