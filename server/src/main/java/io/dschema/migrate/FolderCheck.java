package io.dschema.migrate;

import io.dschema.analysis.DiagnosticCode;
import io.dschema.db.DatabaseException;
import io.dschema.db.SqliteDatabase;
import io.dschema.diff.ChangeText;
import io.dschema.diff.DiffResult;
import io.dschema.diff.RenameAnswers;
import io.dschema.diff.SchemaDiffer;
import io.dschema.migrate.folder.FolderProblem;
import io.dschema.migrate.folder.MigrationFile;
import io.dschema.migrate.folder.MigrationFolder;
import io.dschema.migrate.snapshot.SnapshotChain;
import io.dschema.migrate.snapshot.SnapshotToSchema;
import io.dschema.model.Schema;
import io.dschema.plan.Plan;
import io.dschema.plan.RiskKind;
import io.dschema.plan.Step;
import io.dschema.sqlite.InspectOptions;
import io.dschema.sqlite.Inspector;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code check} of a migration folder: it is consistent (the journal's files exist, the snapshots
 * chain by id/prevId with no collision, one snapshot per journal entry, no file edited since it was
 * generated), it replays (every migration's chunks, as drizzle-orm splits them, run on an empty
 * in-memory database with foreign keys on, and after each generated migration the database equals
 * its snapshot), and it holds every change of the schema (the last snapshot against the schema).
 */
public final class FolderCheck {

    private FolderCheck() {
    }

    /** One thing wrong: the file it is about, its code, one line. */
    public record Finding(Path file, DiagnosticCode code, String message) {
    }

    /** @param schema the schema the folder should hold, or null to check the folder only */
    public static List<Finding> check(MigrationFolder folder, Schema schema) {
        List<Finding> findings = new ArrayList<>();
        Generate.Baseline baseline = Generate.baseline(folder);
        MigrationFolder.Contents contents = baseline.contents();
        SnapshotChain chain = baseline.chain();
        baseline.contents().problems().forEach(p -> findings.add(of(p, DiagnosticCode.MIGRATION_FOLDER_INVALID)));
        chain.problems().forEach(p -> findings.add(of(p, DiagnosticCode.MIGRATION_FOLDER_INVALID)));
        chain.chainProblems().forEach(p -> findings.add(of(p, DiagnosticCode.SNAPSHOT_CHAIN_BROKEN)));
        int entries = contents.journal().entries().size();
        boolean paired = entries == chain.entries().size() && chain.problems().isEmpty();
        if (!paired && chain.problems().isEmpty()) {
            findings.add(new Finding(folder.journalFile(), DiagnosticCode.SNAPSHOT_CHAIN_BROKEN, "the journal lists " + entries
                    + (entries == 1 ? " migration" : " migrations") + " but meta/ holds " + chain.entries().size()
                    + (chain.entries().size() == 1 ? " snapshot" : " snapshots") + ": every migration has one snapshot"));
        }
        List<Schema> snapshotSchemas = new ArrayList<>();
        for (SnapshotChain.Entry entry : chain.entries()) {
            SnapshotToSchema.Result read = SnapshotToSchema.read(entry.snapshot());
            read.problems().forEach(p -> findings.add(new Finding(entry.file(), DiagnosticCode.MIGRATION_FOLDER_INVALID, p)));
            snapshotSchemas.add(read.schema());
        }
        if (paired) {
            for (int i = 0; i < entries; i++) {
                String recorded = chain.entries().get(i).snapshot().extras().sqlHash();
                MigrationFile migration = migration(contents, i);
                if (recorded != null && migration != null && !recorded.equals(migration.hash())) {
                    findings.add(new Finding(folder.sqlFile(migration.entry().tag()), DiagnosticCode.MIGRATION_EDITED,
                            "changed after it was generated (sha256 differs from the one " + chain.entries().get(i).file().getFileName()
                                    + " recorded): a migrated database will not get the change; restore the file and generate a new migration"));
                }
            }
        }
        if (findings.isEmpty()) {
            replay(folder, contents, chain, snapshotSchemas, findings);
        }
        if (schema != null && findings.isEmpty()) {
            DiffResult pending = SchemaDiffer.diff(baseline.schema(), schema, RenameAnswers.NONE);
            if (!pending.changes().isEmpty()) {
                Path at = chain.last() == null ? folder.journalFile() : chain.last().file();
                List<String> lines = ChangeText.describe(pending.changes());
                findings.add(new Finding(at, DiagnosticCode.CHANGES_NOT_IN_MIGRATION, "the schema has "
                        + (lines.size() == 1 ? "a change" : lines.size() + " changes") + " that no migration holds: "
                        + String.join("; ", lines) + " (run dschema generate)"));
            }
        }
        return findings;
    }

    private static MigrationFile migration(MigrationFolder.Contents contents, int i) {
        String tag = contents.journal().entries().get(i).tag();
        return contents.migrations().stream().filter(m -> m.entry().tag().equals(tag)).findFirst().orElse(null);
    }

    /** Runs only on a consistent folder (one snapshot per entry). Each migration in its own transaction here (so each can be compared with its snapshot); the chunks as drizzle-orm runs them. */
    private static void replay(MigrationFolder folder, MigrationFolder.Contents contents, SnapshotChain chain,
                               List<Schema> snapshotSchemas, List<Finding> findings) {
        try (SqliteDatabase database = SqliteDatabase.inMemory()) {
            for (int i = 0; i < contents.journal().entries().size(); i++) {
                MigrationFile migration = migration(contents, i);
                Path file = folder.sqlFile(contents.journal().entries().get(i).tag());
                List<Step> steps = new ArrayList<>();
                List<String> chunks = migration.chunks();
                if (chunks.stream().allMatch(FolderCheck::commentsOnly) && !chain.entries().get(i).snapshot().tables().isEmpty()) {
                    // a migration that adopted a database (pull --baseline, drizzle-kit introspect): its snapshot is the state
                    chunks = SnapshotToSchema.createStatements(chain.entries().get(i).snapshot());
                }
                for (int c = 0; c < chunks.size(); c++) {
                    if (!commentsOnly(chunks.get(c))) {
                        steps.add(new Step("", "chunk " + (c + 1), RiskKind.SAFE, List.of(), List.of(chunks.get(c))));
                    }
                }
                try {
                    database.apply(new Plan(List.of("PRAGMA foreign_keys=ON"), List.of(), steps, List.of(), List.of()),
                            database.stamp(), transaction -> Optional.empty());
                } catch (DatabaseException e) {
                    findings.add(new Finding(file, DiagnosticCode.MIGRATION_REPLAY_FAILED, "fails when the folder is replayed on an "
                            + "empty database: " + e.getMessage().replace("\n", " ").replaceAll("\\s+", " ")));
                    return;
                }
                // a custom migration's SQL is the user's: its snapshot is the previous one, not what it does
                SnapshotChain.Entry against = chain.entries().get(i);
                if (against.snapshot().extras().custom()) {
                    continue;
                }
                Schema expected = snapshotSchemas.get(i);
                Schema replayed = Inspector.inspect(database, InspectOptions.DEFAULTS).schema();
                DiffResult diff = SchemaDiffer.diff(replayed, expected, RenameAnswers.NONE);
                if (!diff.changes().isEmpty()) {
                    findings.add(new Finding(file, DiagnosticCode.MIGRATION_REPLAY_DIFFERS, "replayed, the migrations up to here give a "
                            + "schema that differs from " + against.file().getFileName() + ": "
                            + String.join("; ", ChangeText.describe(diff.changes())) + " (was a file edited?)"));
                    return;
                }
            }
        } catch (DatabaseException e) {
            findings.add(new Finding(folder.root(), DiagnosticCode.MIGRATION_REPLAY_FAILED, "cannot replay: " + e.getMessage()));
        }
    }

    /** No statement in it, only comments and blanks (SQLite has nothing to run). */
    static boolean commentsOnly(String sql) {
        return sql.replaceAll("(?s)/\\*.*?(\\*/|$)", " ").replaceAll("--[^\n]*", " ").isBlank();
    }

    private static Finding of(FolderProblem problem, DiagnosticCode code) {
        return new Finding(problem.file(), code, problem.message());
    }
}
