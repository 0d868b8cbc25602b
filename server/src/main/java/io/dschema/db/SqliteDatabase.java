package io.dschema.db;

import io.dschema.plan.Plan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * A local SQLite file (or, for tests, an in-memory database) through sqlite-jdbc.
 *
 * <p>Looking never creates or changes anything: {@link #query}, {@link #stamp} and {@link #exists}
 * use one read-only connection, opened without SQLite's CREATE flag when first needed and kept
 * until {@link #close} ({@code PRAGMA data_version} only means something on one connection).
 * {@link #apply} opens its own read-write connection and closes it when done. Every connection
 * waits up to the busy timeout (5 s) for another process's lock before reporting LOCKED.
 *
 * <p>An in-memory database lives on one connection for both roles (a second connection would see
 * another, empty database); it answers queries with {@code PRAGMA query_only} on, so looking
 * cannot change it there either. Calls are serialised: one Database may be shared between threads.
 */
public final class SqliteDatabase implements Database {

    static final Duration BUSY_TIMEOUT = Duration.ofSeconds(5);

    /** The file, or null for an in-memory database. */
    private final Path file;
    private final Duration busyTimeout;
    private final SqliteErrors errors;
    private final StatementHook hook;
    /** The inspecting connection (for a file: read-only), or null until first needed. */
    private Connection reader;

    /** A database in {@code file}; nothing is opened (or created) until it is used. */
    public SqliteDatabase(Path file) {
        this(file, BUSY_TIMEOUT);
    }

    /** With another busy timeout: tests use a short one to see LOCKED at once. */
    SqliteDatabase(Path file, Duration busyTimeout) {
        this(file, busyTimeout, StatementHook.NONE);
    }

    /** With a hook called before every statement apply runs (fault injection in tests). */
    public SqliteDatabase(Path file, StatementHook hook) {
        this(file, BUSY_TIMEOUT, hook);
    }

    private SqliteDatabase(Path file, Duration busyTimeout, StatementHook hook) {
        this.file = file == null ? null : file.toAbsolutePath();
        this.busyTimeout = busyTimeout;
        this.errors = new SqliteErrors(this.file, busyTimeout);
        this.hook = hook;
    }

    /** A new, empty database in memory, gone when closed. */
    public static SqliteDatabase inMemory() {
        return new SqliteDatabase(null, BUSY_TIMEOUT);
    }

    /** The file, or null in memory. */
    public Path file() {
        return file;
    }

    @Override
    public String displayName() {
        return file == null ? ":memory:" : file.getFileName().toString();
    }

    @Override
    public synchronized boolean exists() throws DatabaseException {
        if (file == null) {
            return true;
        }
        if (Files.isDirectory(file)) {
            throw errors.folder();
        }
        return Files.exists(file);
    }

    @Override
    public synchronized Stamp stamp() throws DatabaseException {
        if (!exists()) {
            closeReader(); // a file deleted under us: forget the connection to the old one
            return Stamp.ABSENT;
        }
        JdbcQueries queries = new JdbcQueries(reader(), errors);
        return new Stamp(true, queries.count("PRAGMA schema_version"), queries.count("PRAGMA data_version"));
    }

    @Override
    public synchronized List<Row> query(String sql, Object... parameters) throws DatabaseException {
        if (!exists()) {
            closeReader();
            throw errors.missing();
        }
        return new JdbcQueries(reader(), errors).query(sql, parameters);
    }

    @Override
    public synchronized ApplyResult apply(Plan plan, Stamp expected, TransactionCheck check) throws DatabaseException {
        if (file == null) {
            return applyInMemory(plan, expected, check);
        }
        Path folder = file.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new DatabaseException(DatabaseException.Kind.OTHER, errors.where() + " cannot be created: the folder "
                    + folder + " does not exist; create it, or change the url");
        }
        boolean existed = exists();
        DatabaseException failure = null;
        try (Connection writer = open(false)) {
            return new PlanExecutor(writer, this::inspectedDataVersion, errors, hook).apply(plan, expected, check);
        } catch (SQLException e) {
            failure = errors.translate(e, "opening it for writing");
            throw failure;
        } catch (DatabaseException e) {
            failure = e;
            throw e;
        } finally {
            if (failure != null && !existed && createdByUs(failure)) {
                removeCreatedFile();
            }
        }
    }

    private ApplyResult applyInMemory(Plan plan, Stamp expected, TransactionCheck check) throws DatabaseException {
        Connection connection = reader();
        try {
            setQueryOnly(connection, false);
            return new PlanExecutor(connection, this::inspectedDataVersion, errors, hook).apply(plan, expected, check);
        } catch (SQLException e) {
            throw errors.translate(e, "preparing to write");
        } finally {
            try {
                setQueryOnly(connection, true);
            } catch (SQLException ignored) {
                // the connection is broken; the next query says so
            }
        }
    }

    /**
     * A consistent copy next to the file, {@code NAME.backup-YYYYMMDD-HHMMSS}, made by SQLite itself
     * ({@code VACUUM INTO}, on the read-only connection: it reads a snapshot and writes only the copy).
     */
    @Override
    public synchronized java.util.Optional<String> backup() throws DatabaseException {
        if (file == null || !exists()) {
            return java.util.Optional.empty();
        }
        String stamp = java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path copy = file.resolveSibling(file.getFileName() + ".backup-" + stamp);
        for (int n = 2; Files.exists(copy); n++) {
            copy = file.resolveSibling(file.getFileName() + ".backup-" + stamp + "-" + n);
        }
        try (var statement = reader().prepareStatement("VACUUM INTO ?")) {
            statement.setString(1, copy.toString());
            statement.execute();
        } catch (SQLException e) {
            throw errors.translate(e, "copying it to " + copy + " before the push");
        }
        return java.util.Optional.of(copy.toString());
    }

    /** Read on the inspecting connection, which sees writes of every other connection, ours included. */
    private long inspectedDataVersion() throws DatabaseException {
        return new JdbcQueries(reader(), errors).count("PRAGMA data_version");
    }

    /**
     * Whether the file that was missing when apply began holds only what this apply left (nothing):
     * CHANGED and LOCKED mean another connection created it meanwhile (two migrate runs on a new
     * file), and a file with pages in it holds what another connection committed; neither is ours
     * to remove.
     */
    private boolean createdByUs(DatabaseException failure) {
        if (failure.kind() == DatabaseException.Kind.CHANGED || failure.kind() == DatabaseException.Kind.LOCKED) {
            return false;
        }
        try {
            return !Files.exists(file) || Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Apply failed on a file it created: leave things exactly as before, no empty file behind. */
    private void removeCreatedFile() {
        closeReader();
        for (String suffix : List.of("", "-journal", "-wal", "-shm")) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException ignored) {
                // best effort: an empty database file is harmless
            }
        }
    }

    private Connection reader() throws DatabaseException {
        if (reader == null) {
            try {
                reader = open(file != null);
                if (file == null) {
                    setQueryOnly(reader, true);
                }
            } catch (SQLException e) {
                throw errors.translate(e, "opening it");
            }
        }
        return reader;
    }

    private Connection open(boolean readOnly) throws SQLException {
        SqliteNative.prepare();
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout((int) busyTimeout.toMillis());
        if (readOnly) {
            config.setReadOnly(true); // READONLY, and neither READWRITE nor CREATE: a missing file stays missing
        }
        return config.createConnection(file == null ? "jdbc:sqlite::memory:" : "jdbc:sqlite:" + file);
    }

    private static void setQueryOnly(Connection connection, boolean on) throws SQLException {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA query_only=" + (on ? "ON" : "OFF"));
        }
    }

    private void closeReader() {
        if (reader != null && file != null) {
            try {
                reader.close();
            } catch (SQLException ignored) {
                // closing a read-only connection loses nothing
            }
            reader = null;
        }
    }

    @Override
    public synchronized void close() {
        if (reader != null) {
            try {
                reader.close();
            } catch (SQLException ignored) {
                // nothing to save on a read-only connection
            }
            reader = null;
        }
    }

    @Override
    public String toString() {
        return "SqliteDatabase[" + (file == null ? ":memory:" : file) + "]";
    }
}
