package io.dschema.migrate;

import io.dschema.config.MigrationPrefix;
import io.dschema.diff.DiffResult;
import io.dschema.diff.RenameAnswers;
import io.dschema.diff.SchemaChange;
import io.dschema.diff.SchemaDiffer;
import io.dschema.migrate.folder.FolderProblem;
import io.dschema.migrate.folder.Journal;
import io.dschema.migrate.folder.JournalEntry;
import io.dschema.migrate.folder.MigrationFile;
import io.dschema.migrate.folder.MigrationFolder;
import io.dschema.migrate.snapshot.SchemaToSnapshot;
import io.dschema.migrate.snapshot.Snapshot;
import io.dschema.migrate.snapshot.SnapshotChain;
import io.dschema.migrate.snapshot.SnapshotJson;
import io.dschema.migrate.snapshot.SnapshotToSchema;
import io.dschema.model.Schema;
import io.dschema.plan.AssessedStep;
import io.dschema.plan.Guard;
import io.dschema.plan.Plan;
import io.dschema.plan.RiskKind;
import io.dschema.sqlite.Planner;
import io.dschema.sqlite.PlannerOptions;
import io.dschema.sqlite.RiskAssessor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * generate, the engine side: the baseline is the folder's last snapshot (drizzle-kit's rule:
 * the last {@code meta/*_snapshot.json} in lexical order; none: the empty schema); diff it against
 * the schema, plan without the power to turn foreign keys off (someone else's migrator runs the
 * file inside one transaction, where {@code PRAGMA foreign_keys=OFF} does nothing: the planner
 * then keeps the children of a rebuilt parent), and write {@code <tag>.sql}, its snapshot and the
 * journal entry, each file atomically, the journal last. Asking about renames is the caller's
 * business; this class never writes into a folder with problems.
 */
public final class Generate {

    /** Migration files run by any migrator: the planner may not rely on foreign keys being off. */
    public static final PlannerOptions MIGRATION_FILE = new PlannerOptions(false);

    public static final String CUSTOM_SQL = "-- Custom SQL migration file, put your code below! --";

    private Generate() {
    }

    /** What the folder holds and what it means: the last snapshot as a schema, every problem found. */
    public record Baseline(MigrationFolder folder, MigrationFolder.Contents contents, SnapshotChain chain,
                           Snapshot previous, Schema schema, List<FolderProblem> problems) {
        public Baseline {
            problems = List.copyOf(problems);
        }
    }

    public static Baseline baseline(MigrationFolder folder) {
        MigrationFolder.Contents contents = folder.read();
        SnapshotChain chain = SnapshotChain.read(contents.snapshots());
        List<FolderProblem> problems = new ArrayList<>(contents.problems());
        problems.addAll(chain.problems());
        problems.addAll(chain.chainProblems());
        Snapshot previous = chain.last() == null ? Snapshot.empty() : chain.last().snapshot();
        SnapshotToSchema.Result read = SnapshotToSchema.read(previous);
        if (chain.last() != null) {
            read.problems().forEach(problem -> problems.add(new FolderProblem(chain.last().file(), problem)));
        }
        return new Baseline(folder, contents, chain, previous, read.schema(), problems);
    }

    /** The diff, its plan for a migration file, and each step's risk with no rows at hand (WILL_FAIL is MAY_FAIL). */
    public record Preview(Baseline baseline, Schema target, DiffResult diff, Plan plan, List<AssessedStep> steps) {

        public boolean isEmpty() {
            return diff.changes().isEmpty() && diff.questions().isEmpty();
        }

        /** Every statement the file holds, in order: the plan's prologue, setup, steps, guards, epilogue. */
        public List<String> statements() {
            List<String> all = new ArrayList<>(plan.prologue());
            all.addAll(plan.setup());
            all.addAll(plan.statements());
            plan.guards().stream().map(Guard::sql).forEach(all::add);
            all.addAll(plan.epilogue());
            return all;
        }

        public List<AssessedStep> mayFail() {
            return steps.stream().filter(step -> step.kind() == RiskKind.MAY_FAIL).toList();
        }
    }

    public static Preview preview(Baseline baseline, Schema target, RenameAnswers answers) {
        DiffResult diff = SchemaDiffer.diff(baseline.schema(), target, answers);
        Plan plan = Planner.plan(diff, MIGRATION_FILE);
        return new Preview(baseline, target, diff, plan, RiskAssessor.assess(plan, null));
    }

    /**
     * @param name the migration's name, or null for two random words
     * @param now the time of the journal's {@code when} and of timestamp prefixes
     */
    public record Options(String name, boolean custom, boolean breakpoints, MigrationPrefix prefix, Instant now, Random random) {
    }

    /** What was written, or the problems that kept anything from being written. */
    public record Outcome(String tag, Path sqlFile, Path snapshotFile, String sql, Snapshot snapshot, JournalEntry entry,
                          List<FolderProblem> problems) {
        public Outcome {
            problems = List.copyOf(problems);
        }

        public boolean written() {
            return problems.isEmpty();
        }
    }

    /** Writes the migration (for {@code custom}: the empty custom one); the preview must have no open questions. */
    public static Outcome write(Preview preview, Options options) throws IOException {
        Baseline baseline = preview.baseline();
        MigrationFolder folder = baseline.folder();
        List<FolderProblem> problems = new ArrayList<>(baseline.problems());
        String name = options.name() == null ? MigrationNames.randomName(options.random()) : options.name();
        String nameProblem = MigrationNames.problemWith(name);
        if (nameProblem != null) {
            problems.add(new FolderProblem(folder.root(), nameProblem));
        }
        Journal journal = baseline.contents().journal();
        int idx = journal.entries().size();
        String tag = MigrationNames.tag(options.prefix(), idx, options.now(), name);
        Path sqlFile = folder.sqlFile(tag);
        Path snapshotFile = folder.meta().resolve(MigrationNames.snapshotFile(options.prefix(), idx, options.now()));
        if (nameProblem == null && Files.exists(sqlFile)) {
            problems.add(new FolderProblem(sqlFile, "already exists: choose another --name (nothing was written)"));
        }
        if (Files.exists(snapshotFile)) {
            problems.add(new FolderProblem(snapshotFile, "already exists (a migration generated the same "
                    + (options.prefix() == MigrationPrefix.INDEX ? "index" : "second") + "): nothing was written"));
        }
        if (journal.entries().stream().anyMatch(entry -> entry.tag().equals(tag))) {
            problems.add(new FolderProblem(folder.journalFile(), "already lists " + tag + ": choose another --name"));
        }
        if (!problems.isEmpty()) {
            return new Outcome(tag, sqlFile, snapshotFile, null, null, null, problems);
        }
        String id = UUID.randomUUID().toString();
        String text;
        Snapshot snapshot;
        if (options.custom()) {
            text = CUSTOM_SQL;
            snapshot = baseline.previous().rechained(id, baseline.previous().id(),
                    baseline.previous().extras().withSql(null, true));
        } else {
            text = MigrationFile.join(preview.statements(), options.breakpoints());
            Snapshot fresh = SchemaToSnapshot.of(preview.target(), id, baseline.previous().id(),
                    renamedTables(preview.diff()), renamedColumns(preview.diff()));
            snapshot = fresh.withExtras(fresh.extras().withSql(new MigrationFile(null, text).hash(), false));
        }
        // drizzle-orm's migrator orders by "when" alone: it must grow, even when the clock went back
        long when = options.now().toEpochMilli();
        if (idx > 0 && when <= journal.entries().get(idx - 1).when()) {
            when = journal.entries().get(idx - 1).when() + 1;
        }
        JournalEntry entry = new JournalEntry(idx, Snapshot.VERSION, when, tag, options.breakpoints());
        MigrationFolder.writeAtomically(sqlFile, text);
        MigrationFolder.writeAtomically(snapshotFile, SnapshotJson.write(snapshot));
        MigrationFolder.writeAtomically(folder.journalFile(), journal.with(entry).toJson()); // last: the migration exists once listed
        return new Outcome(tag, sqlFile, snapshotFile, text, snapshot, entry, List.of());
    }

    /** {@code _meta.tables} as drizzle-kit writes it: {@code "\"old\"" -> "\"new\""}. */
    static Map<String, String> renamedTables(DiffResult diff) {
        Map<String, String> out = new LinkedHashMap<>();
        for (SchemaChange change : diff.changes()) {
            if (change instanceof SchemaChange.RenameTable rename) {
                out.put(quoted(rename.from()), quoted(rename.to()));
            }
        }
        return out;
    }

    /** {@code _meta.columns}: {@code "\"t\".\"old\"" -> "\"t\".\"new\""}, the table by its new name. */
    static Map<String, String> renamedColumns(DiffResult diff) {
        Map<String, String> out = new LinkedHashMap<>();
        for (SchemaChange change : diff.changes()) {
            if (change instanceof SchemaChange.RenameColumn rename) {
                out.put(quoted(rename.table()) + "." + quoted(rename.from()), quoted(rename.table()) + "." + quoted(rename.to()));
            }
        }
        return out;
    }

    private static String quoted(String name) {
        return "\"" + name + "\"";
    }
}
