package io.dschema.cli;

import io.dschema.db.DatabaseException;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work done on a second thread while the schema files are parsed on the first: reading the database
 * (push, diff) takes about as long in a fresh process as parsing the schema, so a command that
 * needs both waits for the longer one, not the sum. (generate does the same with the migration
 * folder's last snapshot, which cannot fail with a database error: a plain CompletableFuture.)
 */
final class InBackground<T> {

    /** What runs in the background; it may fail with the database's error. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws DatabaseException;
    }

    private final FutureTask<T> task;

    private InBackground(Work<T> work, String name) {
        Callable<T> callable = work::run;
        this.task = new FutureTask<>(callable);
        Thread thread = new Thread(task, "dschema-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    static <T> InBackground<T> start(String name, Work<T> work) {
        return new InBackground<>(work, name);
    }

    /** The result, or the database's error. */
    T get() throws DatabaseException {
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

    /** Waits for the work to end (before the database it reads is closed), whatever its outcome. */
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
