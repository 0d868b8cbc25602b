package io.dschema.db;

/**
 * Called by {@link SqliteDatabase#apply} before each statement it runs (prologue, setup, steps,
 * guards), with its position counted from 1. Fault injection for the atomicity tests: a hook that
 * throws makes that statement fail; one that halts the process stands for a kill there.
 */
@FunctionalInterface
public interface StatementHook {

    StatementHook NONE = (position, sql) -> { };

    void before(int position, String sql) throws DatabaseException;
}
