package io.dschema.migrate;

import io.dschema.config.MigrationPrefix;
import io.dschema.db.Database;
import io.dschema.db.DatabaseException;
import io.dschema.db.Stamp;
import io.dschema.db.TransactionCheck;
import io.dschema.diff.ChangeText;
import io.dschema.diff.DiffResult;
import io.dschema.diff.RenameAnswers;
import io.dschema.diff.SchemaChange;
import io.dschema.diff.SchemaDiffer;
import io.dschema.lower.Lowering;
import io.dschema.lower.SourceFile;
import io.dschema.migrate.folder.Journal;
import io.dschema.migrate.folder.JournalEntry;
import io.dschema.migrate.folder.MigrationFile;
import io.dschema.migrate.folder.MigrationFolder;
import io.dschema.migrate.snapshot.SchemaToSnapshot;
import io.dschema.migrate.snapshot.Snapshot;
import io.dschema.migrate.snapshot.SnapshotJson;
import io.dschema.migrate.snapshot.SnapshotToSchema;
import io.dschema.plan.Plan;
import io.dschema.plan.RiskKind;
import io.dschema.plan.Step;
import io.dschema.pull.Pull;
import io.dschema.pull.PullResult;
import io.dschema.sqlite.InspectOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * {@code pull --baseline}, the engine side: adopts a database made without migrations. Besides
 * the pulled schema text it writes the folder's first migration as drizzle-kit's introspect does
 * (a commented-out {@code 0000} file, its snapshot made from the database, the journal) and records
 * that migration as applied on the database, so the next {@code generate} holds only new changes
 * and {@code migrate} runs nothing of it.
 *
 * <p>Refuses, changing nothing, a folder that already has a history (journal entries or snapshots:
 * adopting on top of one would fork it) and a database whose migrations table has rows (it is
 * migrated already: that history is its baseline). The recording is one transaction of
 * {@link Database#apply}: drizzle-orm's migrations table created if missing and one row, under the
 * stamp taken before the database was read, so a database changed in between is not recorded as
 * the snapshot says it is.
 */
public final class PullBaseline {

    /** drizzle-kit introspect's header; the body is the CREATE statements inside one block comment. */
    static final String HEADER = "-- Current sql file was generated after introspecting the database\n"
            + "-- If you want to run this migration please uncomment this code before executing migrations\n";

    private PullBaseline() {
    }

    /**
     * @param table the migrations table ({@code migrations.table})
     * @param name the migration's name, or null for two random words
     * @param now the journal's {@code when} and timestamp prefixes
     */
    public record Options(String table, MigrationPrefix prefix, boolean breakpoints, String name, Instant now, Random random) {
    }

    /**
     * What would be written, or why nothing can be.
     *
     * @param pull the pulled schema (its problems are in {@code problems} too)
     * @param problems why nothing is written, each naming the file, table or object
     * @param table the migrations table the row goes into
     * @param stamp the database as it was before it was read: the recording applies only on that
     */
    public record Prepared(PullResult pull, MigrationFolder folder, String table, String tag, Path sqlFile, Path snapshotFile, String sql,
                           Snapshot snapshot, JournalEntry entry, Stamp stamp, List<String> problems) {
        public Prepared {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Why the folder cannot take a baseline (empty: it can): a history already there, or files of the same names. */
    public static List<String> folderProblems(MigrationFolder folder) {
        List<String> problems = new ArrayList<>();
        if (!folder.exists()) {
            List<Path> stray = strays(folder);
            if (!stray.isEmpty()) {
                problems.add(stray.get(0) + ": the folder holds snapshots but no journal; remove them or pass another --out");
            }
            return problems;
        }
        MigrationFolder.Contents contents = folder.read();
        contents.problems().forEach(problem -> problems.add(problem.file() + ": " + problem.message()));
        if (!contents.journal().entries().isEmpty()) {
            int n = contents.journal().entries().size();
            problems.add(folder.journalFile() + " lists " + n + (n == 1 ? " migration" : " migrations")
                    + " already: a baseline starts a folder's history, it cannot go on top of one (to adopt the database"
                    + " into this history, run dschema migrate on it; to start over, pass another --out)");
        } else if (!contents.snapshots().isEmpty()) {
            problems.add(contents.snapshots().get(0) + ": the folder holds snapshots its journal does not list;"
                    + " remove them or pass another --out");
        }
        return problems;
    }

    /** Snapshot files in a folder without a journal (the journal's reader lists none there). */
    private static List<Path> strays(MigrationFolder folder) {
        if (!Files.isDirectory(folder.meta())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder.meta())) {
            return files.filter(file -> file.getFileName().toString().endsWith("_snapshot.json")).sorted().toList();
        } catch (IOException e) {
            return List.of(folder.meta());
        }
    }

    /** Reads the database (which must exist) and the folder; writes nothing. */
    public static Prepared prepare(Database database, MigrationFolder folder, InspectOptions inspect, Options options)
            throws DatabaseException {
        if (!database.exists()) {
            throw new DatabaseException(DatabaseException.Kind.MISSING, database.displayName()
                    + " does not exist: there is nothing to adopt (check dbCredentials.url or --url)");
        }
        List<String> problems = new ArrayList<>(folderProblems(folder));
        // taken before anything is read: the row is recorded only on the database the snapshot describes
        Stamp stamp = database.stamp();
        List<AppliedMigration> rows = MigrationsTable.read(database, options.table());
        if (!rows.isEmpty()) {
            problems.add(database.displayName() + " is migrated already: its table " + options.table() + " records "
                    + rows.size() + (rows.size() == 1 ? " migration" : " migrations") + "; a baseline is for a database"
                    + " made without migrations (use the folder that migrated it, or pull without --baseline)");
        }
        PullResult pulled = Pull.pull(database, inspect);
        problems.addAll(pulled.problems());
        String name = options.name() == null ? MigrationNames.randomName(options.random()) : options.name();
        String nameProblem = MigrationNames.problemWith(name);
        if (nameProblem != null) {
            problems.add(nameProblem);
        }
        String tag = MigrationNames.tag(options.prefix(), 0, options.now(), name);
        Path sqlFile = folder.sqlFile(tag);
        Path snapshotFile = folder.meta().resolve(MigrationNames.snapshotFile(options.prefix(), 0, options.now()));
        for (Path file : List.of(sqlFile, snapshotFile)) {
            if (nameProblem == null && Files.exists(file)) {
                problems.add(file + " exists already: nothing was written (remove it, or pass --name or another --out)");
            }
        }
        if (!problems.isEmpty()) {
            return new Prepared(pulled, folder, options.table(), tag, sqlFile, snapshotFile, null, null, null, stamp, problems);
        }
        Snapshot bare = SchemaToSnapshot.ofDatabase(pulled.inspected(), UUID.randomUUID().toString(), Snapshot.NO_PARENT);
        String sql = commentedOut(SnapshotToSchema.createStatements(bare));
        Snapshot snapshot = bare.withExtras(bare.extras().withSql(new MigrationFile(null, sql).hash(), false));
        problems.addAll(generateWouldFind(snapshot, pulled.text()));
        JournalEntry entry = new JournalEntry(0, Snapshot.VERSION, options.now().toEpochMilli(), tag, options.breakpoints());
        return new Prepared(pulled, folder, options.table(), tag, sqlFile, snapshotFile, sql, snapshot, entry, stamp, problems);
    }

    /**
     * The promise that the next generate writes nothing: the snapshot read back as generate reads
     * it, diffed against the pulled text as generate lowers it. A difference is our bug, reported.
     */
    private static List<String> generateWouldFind(Snapshot snapshot, String text) {
        List<String> problems = new ArrayList<>();
        SnapshotToSchema.Result read = SnapshotToSchema.read(snapshot);
        read.problems().forEach(problem -> problems.add("the baseline snapshot does not read back (" + problem + "); please report it"));
        DiffResult diff = SchemaDiffer.diff(read.schema(), Lowering.lowerSchema(List.of(new SourceFile("schema.dschema", text))).schema(),
                RenameAnswers.NONE);
        for (SchemaChange change : diff.changes()) {
            problems.add("the baseline snapshot and the pulled schema differ (generate would " + ChangeText.describe(change)
                    + "); please report it");
        }
        return problems;
    }

    /**
     * drizzle-kit's introspect file: its header, then the statements in one block comment. One
     * statement per line group, no breakpoint markers inside (drizzle-orm's migrators split at them
     * even inside a comment, and would run every chunk after the first); if a statement holds
     * {@code *}{@code /} or a marker itself, every line is a line comment instead.
     */
    static String commentedOut(List<String> statements) {
        List<String> terminated = statements.stream().map(s -> s.endsWith(";") ? s : s + ";").toList();
        String body = String.join("\n", terminated);
        if (!body.contains("*/") && !body.contains(MigrationFile.BREAKPOINT)) {
            return HEADER + "/*\n" + body + "\n*/";
        }
        StringBuilder text = new StringBuilder(HEADER);
        for (String line : body.split("\n", -1)) {
            text.append("-- ").append(line.replace(MigrationFile.BREAKPOINT, "-- > statement-breakpoint")).append('\n');
        }
        return text.toString().stripTrailing();
    }

    /**
     * Writes the migration file and its snapshot, records the migration on the database, then writes
     * the journal. The recording failing (the database changed since it was read, a lock) removes
     * the two files again, so nothing is left behind; the journal comes last, so a migration is
     * listed only once the database records it.
     */
    public static void write(Database database, Prepared prepared) throws IOException, DatabaseException {
        if (!prepared.ok()) {
            throw new IllegalStateException("prepared with problems: " + prepared.problems());
        }
        MigrationFolder.writeAtomically(prepared.sqlFile(), prepared.sql());
        MigrationFolder.writeAtomically(prepared.snapshotFile(), SnapshotJson.write(prepared.snapshot()));
        try {
            database.apply(recording(prepared), prepared.stamp(), TransactionCheck.NONE);
        } catch (DatabaseException | RuntimeException e) {
            Files.deleteIfExists(prepared.sqlFile());
            Files.deleteIfExists(prepared.snapshotFile());
            throw e;
        }
        // an empty journal already there keeps its dialect (turso)
        Journal journal = prepared.folder().exists() ? prepared.folder().read().journal() : Journal.empty("sqlite");
        MigrationFolder.writeAtomically(prepared.folder().journalFile(), journal.with(prepared.entry()).toJson());
    }

    /** drizzle-orm's table (created if missing, as its migrator does) and the one row: nothing else is touched. */
    static Plan recording(Prepared prepared) {
        String table = prepared.table();
        String hash = new MigrationFile(prepared.entry(), prepared.sql()).hash();
        Step record = new Step(table, "record " + prepared.tag() + " in " + table, RiskKind.SAFE, List.of(),
                List.of(MigrationsTable.insertSql(table, hash, prepared.entry().when())));
        return new Plan(List.of(), List.of(MigrationsTable.createSql(table)), List.of(record), List.of(), List.of());
    }
}
