package io.dschema.migrate;

import io.dschema.db.Database;
import io.dschema.db.DatabaseException;
import io.dschema.db.SqliteDatabase;
import io.dschema.db.TransactionCheck;
import io.dschema.diff.ChangeText;
import io.dschema.diff.DiffResult;
import io.dschema.diff.RenameAnswers;
import io.dschema.diff.SchemaDiffer;
import io.dschema.migrate.folder.MigrationFile;
import io.dschema.plan.Plan;
import io.dschema.plan.RiskKind;
import io.dschema.plan.Step;
import io.dschema.sqlite.InspectOptions;
import io.dschema.sqlite.Inspection;
import io.dschema.sqlite.Inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * status, the engine side: which migrations are applied and which pending, and drift: how the
 * database differs from what its applied migrations describe. The applied files (as they are now)
 * are replayed into an in-memory SQLite database, both databases are inspected with the same
 * options (tablesFilter, the migrations table left out) and diffed, replay before database, so a
 * "create table x" line means the database holds a table x no applied migration made. Reads only:
 * a missing database file stays missing.
 *
 * @param databaseExists false: nothing applied, no drift
 * @param drift one line per change ({@link ChangeText}); empty when none
 * @param driftProblems why drift could not be computed in full (a file that fails to replay, an
 *                      object the inspector could not read)
 */
public record MigrationStatus(MigrationLedger ledger, boolean databaseExists, List<String> drift, List<String> driftProblems) {

    public MigrationStatus {
        drift = List.copyOf(drift);
        driftProblems = List.copyOf(driftProblems);
    }

    public static MigrationStatus read(Database database, List<MigrationFile> files, InspectOptions options)
            throws DatabaseException {
        return read(database, files, Map.of(), options);
    }

    /** @param adopted the statements that stand for a migration that adopted a database ({@link AdoptedMigrations}) */
    public static MigrationStatus read(Database database, List<MigrationFile> files, Map<String, List<String>> adopted,
                                       InspectOptions options) throws DatabaseException {
        if (!database.exists()) {
            return new MigrationStatus(MigrationLedger.of(files, List.of()), false, List.of(), List.of());
        }
        MigrationLedger ledger = MigrationLedger.of(files, MigrationsTable.read(database, options.migrationsTable()));
        List<String> problems = new ArrayList<>();
        Inspection replayed;
        try (SqliteDatabase memory = SqliteDatabase.inMemory()) {
            for (MigrationLedger.Entry entry : ledger.applied()) {
                MigrationScript script = MigrationScript.of(entry.file());
                Plan plan = adopted.containsKey(entry.tag()) ? replayOf(entry.tag(), adopted.get(entry.tag()))
                        : script.plan(options.migrationsTable());
                try {
                    memory.apply(plan, memory.stamp(), TransactionCheck.NONE);
                } catch (DatabaseException e) {
                    problems.add(entry.tag() + ".sql does not replay on an empty database, drift is counted without it: "
                            + e.getMessage());
                }
            }
            replayed = Inspector.inspect(memory, options);
        }
        Inspection actual = Inspector.inspect(database, options);
        replayed.problems().forEach(p -> problems.add("replayed migrations: " + p.object() + ": " + p.message()));
        actual.problems().forEach(p -> problems.add(database.displayName() + ": " + p.object() + ": " + p.message()));
        DiffResult diff = SchemaDiffer.diff(replayed.schema(), actual.schema(), RenameAnswers.DROP_AND_CREATE);
        return new MigrationStatus(ledger, true, ChangeText.describe(diff.changes()), problems);
    }

    /** An adopted migration replayed: what its snapshot holds, created (its row is left out: the table is not compared). */
    private static Plan replayOf(String tag, List<String> statements) {
        List<Step> steps = statements.stream()
                .map(sql -> new Step(tag, tag + " (adopted)", RiskKind.SAFE, List.of(), List.of(sql))).toList();
        return new Plan(List.of("PRAGMA foreign_keys=ON"), List.of(), steps, List.of(), List.of());
    }
}
