package io.dschema.db;

import io.dschema.plan.Guard;
import io.dschema.plan.Plan;
import io.dschema.plan.Step;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs one {@link Plan} on a write connection, in the order {@link Database#apply} promises:
 * prologue outside the transaction, {@code BEGIN IMMEDIATE}, the check that the database is still
 * the one inspected, setup, steps, guards, the caller's check, {@code COMMIT}; on any failure
 * {@code ROLLBACK}; the epilogue always. Opening and closing the connection is the caller's job.
 */
final class PlanExecutor {

    /** Reads {@code PRAGMA data_version} on the inspecting connection (the only one where it means something). */
    @FunctionalInterface
    interface DataVersion {
        long read() throws DatabaseException;
    }

    private final Connection writer;
    private final DataVersion inspectedDataVersion;
    private final SqliteErrors errors;
    private final StatementHook hook;
    private final List<String> executed = new ArrayList<>();
    private int position;

    PlanExecutor(Connection writer, DataVersion inspectedDataVersion, SqliteErrors errors, StatementHook hook) {
        this.writer = writer;
        this.inspectedDataVersion = inspectedDataVersion;
        this.errors = errors;
        this.hook = hook;
    }

    ApplyResult apply(Plan plan, Stamp expected, TransactionCheck check) throws DatabaseException {
        boolean inTransaction = false;
        DatabaseException failure = null;
        try {
            for (String sql : plan.prologue()) {
                statement(sql);
            }
            begin();
            inTransaction = true;
            requireUnchanged(expected);
            for (String sql : plan.setup()) {
                statement(sql);
            }
            for (Step step : plan.steps()) {
                for (String sql : step.statements()) {
                    statement(sql);
                }
            }
            for (Guard guard : plan.guards()) {
                guard(guard);
            }
            verify(check);
            commit();
            inTransaction = false;
        } catch (DatabaseException e) {
            failure = e;
        } catch (RuntimeException e) {
            failure = new DatabaseException(DatabaseException.Kind.OTHER, errors.where()
                    + ": the check inside the transaction failed unexpectedly (" + e + "); nothing was applied", null, e);
        }
        if (inTransaction) {
            rollback();
        }
        epilogue(plan, failure == null);
        if (failure != null) {
            throw failure;
        }
        return new ApplyResult(executed);
    }

    private void begin() throws DatabaseException {
        try {
            execute("BEGIN IMMEDIATE");
        } catch (SQLException e) {
            throw errors.translate(e, "starting the transaction");
        }
    }

    /**
     * The reserved lock is held now, so nobody else can write until COMMIT: if the versions still
     * match the stamp the user saw, the plan is applied to exactly the database it was made for.
     */
    private void requireUnchanged(Stamp expected) throws DatabaseException {
        try {
            if (expected.exists()) {
                long schemaVersion = single("PRAGMA schema_version");
                if (schemaVersion != expected.schemaVersion()) {
                    throw changed("its schema changed (schema_version " + expected.schemaVersion() + " -> " + schemaVersion + ")");
                }
                long dataVersion = inspectedDataVersion.read();
                if (dataVersion != expected.dataVersion()) {
                    throw changed("another connection wrote to it");
                }
            } else if (single("SELECT count(*) FROM sqlite_master") > 0) {
                throw changed("it did not exist then, and now holds tables");
            }
        } catch (SQLException e) {
            throw errors.translate(e, "reading the schema version");
        }
    }

    private DatabaseException changed(String what) {
        return new DatabaseException(DatabaseException.Kind.CHANGED, errors.where() + " changed since it was inspected: "
                + what + "; nothing was applied: run the command again to plan against the database as it is now");
    }

    private void statement(String sql) throws DatabaseException {
        hook.before(++position, sql);
        try {
            execute(sql);
            executed.add(sql);
        } catch (SQLException e) {
            DatabaseException fileProblem = errors.fileProblem(e, sql);
            if (fileProblem != null) {
                throw fileProblem;
            }
            throw new DatabaseException(DatabaseException.Kind.STATEMENT, errors.where() + ": statement failed, "
                    + "nothing was applied (rolled back): " + e.getMessage() + "\n  " + sql, sql, e);
        }
    }

    private void guard(Guard guard) throws DatabaseException {
        hook.before(++position, guard.sql());
        try {
            execute(guard.sql());
            executed.add(guard.sql());
        } catch (SQLException e) {
            throw new DatabaseException(DatabaseException.Kind.GUARD, errors.where() + ": " + guard.description()
                    + "; nothing was applied (rolled back) (SQLite: " + e.getMessage() + ")", guard.sql(), e);
        }
    }

    private void verify(TransactionCheck check) throws DatabaseException {
        Optional<String> problem = check.verify(new JdbcQueries(writer, errors));
        if (problem.isPresent()) {
            throw new DatabaseException(DatabaseException.Kind.GUARD, errors.where() + ": " + problem.get()
                    + "; nothing was applied (rolled back)");
        }
    }

    private void commit() throws DatabaseException {
        try {
            execute("COMMIT");
        } catch (SQLException e) {
            DatabaseException fileProblem = errors.fileProblem(e, "COMMIT");
            throw fileProblem != null ? fileProblem : new DatabaseException(DatabaseException.Kind.STATEMENT,
                    errors.where() + ": COMMIT failed, nothing was applied (rolled back): " + e.getMessage(), "COMMIT", e);
        }
    }

    /** Best effort: SQLite may have rolled back already (some errors end the transaction themselves). */
    private void rollback() {
        try {
            execute("ROLLBACK");
        } catch (SQLException ignored) {
            // "no transaction is active": nothing left to undo.
        }
    }

    /** Runs after success and after failure; after a failure its own errors must not hide the first one. */
    private void epilogue(Plan plan, boolean succeeded) {
        for (String sql : plan.epilogue()) {
            try {
                execute(sql);
                if (succeeded) {
                    executed.add(sql);
                }
            } catch (SQLException ignored) {
                // The plan is committed (or rolled back) already; connection settings end with the connection.
            }
        }
    }

    private long single(String sql) throws SQLException {
        List<Row> rows = JdbcQueries.run(writer, sql);
        Object value = rows.isEmpty() ? null : rows.get(0).get(0);
        return value instanceof Number number ? number.longValue() : 0;
    }

    /** Runs one statement to its end: a statement that returns rows is stepped through every row. */
    private void execute(String sql) throws SQLException {
        try (java.sql.Statement statement = writer.createStatement()) {
            if (statement.execute(sql)) {
                try (ResultSet rows = statement.getResultSet()) {
                    while (rows.next()) {
                        // stepping is what evaluates the statement (a guard may raise an error on any row)
                    }
                }
            }
        }
    }
}
