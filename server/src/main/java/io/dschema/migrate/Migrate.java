package io.dschema.migrate;

import io.dschema.db.Database;
import io.dschema.db.DatabaseException;
import io.dschema.db.Queries;
import io.dschema.db.Row;
import io.dschema.db.Stamp;
import io.dschema.db.TransactionCheck;
import io.dschema.migrate.folder.MigrationFile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * migrate, the engine side: applies the pending migrations of a folder, one file per transaction,
 * each through {@link Database#apply} (so {@code BEGIN IMMEDIATE}, the stamp check, rollback on
 * failure and the failing statement named all hold). Before anything runs it refuses (problems,
 * nothing applied) a folder whose applied files were edited, pending files older than the newest
 * applied one (unless allowed: drizzle-orm would skip them silently) and files that end the
 * transaction themselves.
 *
 * <p>Two runs at once apply each migration once: the migrations table is read with the database's
 * stamp before each file, and a run that finds the database changed when its transaction starts
 * (the other run committed meanwhile) reads the table again and goes on with what is still pending.
 */
public final class Migrate {

    /** Re-reads after a concurrent change; far more than two runs ever need. */
    private static final int MAX_RETRIES = 100;

    private Migrate() {
    }

    /** @param table the migrations table ({@code migrations.table}) */
    public record Options(String table, boolean allowOutOfOrder) {
    }

    /** Told of each migration as soon as it is committed. */
    @FunctionalInterface
    public interface Listener {
        void applied(MigrationScript script);
    }

    /**
     * @param applied the migrations this run committed, in order
     * @param problems why nothing was applied (exit 1)
     * @param failedFile the migration whose apply failed (rolled back; those before it stay), or null
     * @param failure the database error, or null
     */
    public record Result(List<MigrationScript> applied, List<String> warnings, List<String> problems,
                         MigrationFile failedFile, DatabaseException failure) {
        public Result {
            applied = List.copyOf(applied);
            warnings = List.copyOf(warnings);
            problems = List.copyOf(problems);
        }
    }

    public static Result run(Database database, List<MigrationFile> files, Options options, Listener listener) {
        Map<String, MigrationScript> scripts = new LinkedHashMap<>();
        files.forEach(file -> scripts.put(file.entry().tag(), MigrationScript.of(file)));
        List<MigrationScript> applied = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        MigrationLedger ledger;
        Stamp stamp;
        try {
            stamp = database.stamp();
            ledger = MigrationLedger.of(files, stamp.exists() ? MigrationsTable.read(database, options.table()) : List.of());
        } catch (DatabaseException e) {
            return new Result(applied, warnings, List.of(), null, e);
        }
        List<String> problems = refusals(ledger, scripts, options);
        for (AppliedMigration row : ledger.unknown()) {
            warnings.add(database.displayName() + " records a migration the journal does not list (" + describe(row)
                    + "): left as it is");
        }
        ledger.pending().forEach(entry -> warnings.addAll(scripts.get(entry.tag()).warnings()));
        if (!problems.isEmpty()) {
            return new Result(applied, warnings, problems, null, null);
        }
        int retries = 0;
        while (true) {
            List<MigrationLedger.Entry> pending = ledger.pending();
            if (!ledger.with(MigrationLedger.State.EDITED).isEmpty()) {
                // another run applied a different version of a file meanwhile
                return new Result(applied, warnings, refusals(ledger, scripts, options), null, null);
            }
            if (pending.isEmpty()) {
                return new Result(applied, warnings, List.of(), null, null);
            }
            MigrationScript script = scripts.get(pending.get(0).tag());
            try {
                database.apply(script.plan(options.table()), stamp, check(database, stamp, script, options.table()));
                applied.add(script);
                listener.applied(script);
            } catch (DatabaseException e) {
                boolean concurrent = e.kind() == DatabaseException.Kind.CHANGED || e.kind() == DatabaseException.Kind.GUARD
                        && e.getMessage().contains(ALREADY_RECORDED);
                if (!concurrent || ++retries > MAX_RETRIES) {
                    return new Result(applied, warnings, List.of(), script.file(), e);
                }
            }
            try {
                stamp = database.stamp();
                ledger = MigrationLedger.of(files, MigrationsTable.read(database, options.table()));
            } catch (DatabaseException e) {
                return new Result(applied, warnings, List.of(), null, e);
            }
        }
    }

    /** What stops the run before anything is applied. */
    private static List<String> refusals(MigrationLedger ledger, Map<String, MigrationScript> scripts, Options options) {
        List<String> problems = new ArrayList<>();
        for (MigrationLedger.Entry entry : ledger.with(MigrationLedger.State.EDITED)) {
            problems.add(entry.tag() + ".sql was changed after it was applied (applied sha256 " + entry.applied().hash()
                    + ", file sha256 " + entry.file().hash() + "): restore the file as it was applied, and put the change"
                    + " in a new migration");
        }
        List<MigrationLedger.Entry> late = ledger.with(MigrationLedger.State.OUT_OF_ORDER);
        if (!options.allowOutOfOrder()) {
            for (MigrationLedger.Entry entry : late) {
                problems.add(entry.tag() + ".sql is pending but older than the newest applied migration (when "
                        + entry.file().entry().when() + "): drizzle-orm's migrator would skip it; apply it with"
                        + " --allow-out-of-order, or regenerate it after the others");
            }
        }
        for (MigrationLedger.Entry entry : ledger.pending()) {
            problems.addAll(scripts.get(entry.tag()).problems());
        }
        return problems;
    }

    private static final String ALREADY_RECORDED = "is recorded already";

    /**
     * Inside the transaction, before COMMIT: the migration's row is there once (a second run that
     * slipped past the stamp check must not apply it twice) and, where the file turned foreign keys
     * off, it left no row without its parent that was not so before.
     */
    private static TransactionCheck check(Database database, Stamp stamp, MigrationScript script, String table)
            throws DatabaseException {
        Map<String, Long> before = script.foreignKeysOff() && stamp.exists() ? violations(database) : Map.of();
        long when = script.file().entry().when();
        String tag = script.file().entry().tag();
        return transaction -> {
            long rows = transaction.query("SELECT count(*) AS n FROM " + io.dschema.sqlite.Sql.ident(table)
                    + " WHERE created_at = ?", when).get(0).longValue("n");
            if (rows > 1) {
                return Optional.of(tag + " " + ALREADY_RECORDED + " (another migrate run applied it)");
            }
            if (!script.foreignKeysOff()) {
                return Optional.empty();
            }
            for (Map.Entry<String, Long> after : violations(transaction).entrySet()) {
                long added = after.getValue() - before.getOrDefault(after.getKey(), 0L);
                if (added > 0) {
                    return Optional.of(tag + ".sql ran with foreign keys off and left " + added + " rows of "
                            + after.getKey() + " without their parent row");
                }
            }
            return Optional.empty();
        };
    }

    private static Map<String, Long> violations(Queries db) throws DatabaseException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Row row : db.query("SELECT \"table\" AS t, count(*) AS n FROM pragma_foreign_key_check GROUP BY \"table\"")) {
            counts.put(row.string("t"), row.longValue("n"));
        }
        return counts;
    }

    static String describe(AppliedMigration row) {
        return "created_at " + (row.createdAt() == null ? "NULL" : row.createdAt() + " = " + java.time.Instant.ofEpochMilli(row.createdAt()))
                + ", hash " + row.hash();
    }
}
