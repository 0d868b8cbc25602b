package io.dschema.cli;

import io.dschema.db.Database;
import io.dschema.db.DatabaseException;
import io.dschema.migrate.Push;
import io.dschema.sqlite.InspectOptions;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Reads the database on a second thread while the schema files are parsed on the first: the two
 * take about as long in a fresh process (loading SQLite, reading every CREATE statement, against
 * parsing the schema), so a command that needs both waits for the longer one, not the sum.
 */
final class BackgroundInspection {

    private final FutureTask<Push.Inspected> task;

    private BackgroundInspection(Database database, InspectOptions options) {
        this.task = new FutureTask<>(() -> Push.inspect(database, options));
        Thread thread = new Thread(task, "dschema-inspect");
        thread.setDaemon(true);
        thread.start();
    }

    static BackgroundInspection start(Database database, InspectOptions options) {
        return new BackgroundInspection(database, options);
    }

    /** The inspection, or the database's error. */
    Push.Inspected get() throws DatabaseException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException(DatabaseException.Kind.OTHER, "interrupted while reading the database");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DatabaseException database) {
                throw database;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Waits for the thread to be done with the database before it is closed. */
    void finish() {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException ignored) {
            // reported by get(), or not needed
        }
    }
}
