package io.dschema.lsp;

import io.dschema.db.ApplyResult;
import io.dschema.db.Database;
import io.dschema.db.DatabaseException;
import io.dschema.db.Databases;
import io.dschema.db.Row;
import io.dschema.db.Stamp;
import io.dschema.db.TransactionCheck;
import io.dschema.migrate.Push;
import io.dschema.plan.Plan;
import io.dschema.sqlite.InspectOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The database facts risk diagnostics are computed from, read once and kept until the database
 * file changes: the inspection ({@link Push#inspect}, read-only: a missing file is an empty baseline
 * and is never created) and every count a hazard asked for. A change is told by the file's (and its
 * write-ahead log's) size and time, checked on every pass (a stat, not a query), and by the
 * client's file watcher ({@link #invalidate}). Only local files are read while typing.
 */
final class Baselines implements AutoCloseable {

    /** What a pass gets: the inspected baseline and a database whose counts are cached. */
    record Baseline(Push.Inspected inspected, Database database, boolean missing) {
    }

    private record FileKey(List<Long> parts) {
        static FileKey of(Path file) {
            return new FileKey(Arrays.asList(size(file), time(file), size(wal(file)), time(wal(file))));
        }

        private static Path wal(Path file) {
            return file.resolveSibling(file.getFileName() + "-wal");
        }

        private static long size(Path file) {
            try {
                return Files.exists(file) ? Files.size(file) : -1;
            } catch (IOException e) {
                return -2;
            }
        }

        private static long time(Path file) {
            try {
                return Files.exists(file) ? Files.getLastModifiedTime(file).toMillis() : -1;
            } catch (IOException e) {
                return -2;
            }
        }
    }

    private record Entry(FileKey key, InspectOptions options, Baseline baseline) {
    }

    private final Map<Path, Entry> entries = new HashMap<>();
    private final Set<Path> saidMissing = ConcurrentHashMap.newKeySet();

    /** The baseline of {@code project}'s database, read again only if the file changed since. */
    synchronized Baseline get(Project project) throws DatabaseException {
        Path file = project.config().url().file().toAbsolutePath().normalize();
        FileKey key = FileKey.of(file);
        InspectOptions options = project.inspectOptions();
        Entry entry = entries.get(file);
        if (entry != null && key.equals(entry.key()) && entry.options().equals(options)) {
            return entry.baseline();
        }
        if (entry != null) {
            entry.baseline().database().close();
        }
        Database database = new CountCache(Databases.open(project.config().url()));
        try {
            Push.Inspected inspected = Push.inspect(database, options);
            Baseline baseline = new Baseline(inspected, database, !inspected.stamp().exists());
            entries.put(file, new Entry(key, options, baseline));
            return baseline;
        } catch (DatabaseException | RuntimeException e) {
            database.close();
            entries.remove(file);
            throw e;
        }
    }

    /** True the first time a missing database is seen (it is said once, as information). */
    boolean firstTimeMissing(Path file) {
        return saidMissing.add(file.toAbsolutePath().normalize());
    }

    /**
     * Forgets every baseline (the client saw a watched file change, or a push ran): the next pass
     * reads the database again. The old connection is closed there, by the thread that uses it.
     */
    synchronized void invalidate() {
        entries.replaceAll((file, entry) -> new Entry(null, entry.options(), entry.baseline()));
    }

    @Override
    public synchronized void close() {
        entries.values().forEach(entry -> entry.baseline().database().close());
        entries.clear();
    }

    /** A database whose read queries are answered from memory after the first time (the facts do not change while it is cached). */
    private static final class CountCache implements Database {
        private final Database delegate;
        private final Map<String, List<Row>> answers = new ConcurrentHashMap<>();

        CountCache(Database delegate) {
            this.delegate = delegate;
        }

        @Override
        public List<Row> query(String sql, Object... parameters) throws DatabaseException {
            String key = sql + "\u0000" + Arrays.deepToString(parameters);
            List<Row> known = answers.get(key);
            if (known != null) {
                return known;
            }
            List<Row> rows = delegate.query(sql, parameters);
            answers.put(key, rows);
            return rows;
        }

        @Override
        public String displayName() {
            return delegate.displayName();
        }

        @Override
        public boolean exists() throws DatabaseException {
            return delegate.exists();
        }

        @Override
        public Stamp stamp() throws DatabaseException {
            return delegate.stamp();
        }

        @Override
        public ApplyResult apply(Plan plan, Stamp expected, TransactionCheck check) throws DatabaseException {
            throw new DatabaseException(DatabaseException.Kind.OTHER, "the editor's baseline is read-only");
        }

        @Override
        public Optional<String> backup() {
            return Optional.empty();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
