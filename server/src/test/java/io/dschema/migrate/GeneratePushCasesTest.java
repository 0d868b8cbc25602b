package io.dschema.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dschema.config.MigrationPrefix;
import io.dschema.db.Database;
import io.dschema.db.Databases;
import io.dschema.diff.RenameAnswers;
import io.dschema.migrate.folder.Journal;
import io.dschema.migrate.folder.JournalEntry;
import io.dschema.migrate.folder.MigrationFile;
import io.dschema.migrate.folder.MigrationFolder;
import io.dschema.migrate.snapshot.SchemaToSnapshot;
import io.dschema.migrate.snapshot.Snapshot;
import io.dschema.migrate.snapshot.SnapshotJson;
import io.dschema.model.Schema;
import io.dschema.sqlite.Inspector;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every push case of testdata/push through generate instead: the database made by
 * {@code before.sql}, inspected, is the baseline (written to a 0000 snapshot, recorded as applied,
 * as {@code pull --baseline} adopts a database); generate against {@code after.dschema} writes 0001,
 * which drizzle-orm's better-sqlite3 style migrator applies (one transaction, foreign keys on), and
 * our own {@code migrate} applies to a copy; the rows must be the push golden's {@code expected.rows}
 * in both, and {@code check} must find the folder
 * consistent and complete. Cases push refuses or that answer rename questions are skipped.
 */
class GeneratePushCasesTest {

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> pushCasesThroughGenerate() {
        Path folder = Path.of(System.getProperty("dschema.testdata", "../testdata")).resolve("push");
        return CaseFile.all(folder, ".case").stream()
                .map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> run(CaseFile.read(path))));
    }

    private void run(CaseFile testCase) throws Exception {
        String plan = testCase.section("expected.plan");
        String answers = testCase.section("answers");
        if (plan == null || plan.contains("failed (") || plan.contains("question:") || plan.contains("[WILL_FAIL]")
                || answers != null && !answers.isBlank()) {
            return;
        }
        Path work = Files.createTempDirectory(temp, "case");
        Path db = work.resolve("app.db");
        String before = testCase.section("before.sql");
        if (before != null && !before.isBlank()) {
            SqliteFiles.run(db, before);
        }
        Schema baseline = Schema.ofTables(List.of());
        if (Files.exists(db)) {
            try (Database database = Databases.open(SqliteFiles.url(db))) {
                baseline = Inspector.inspect(database, PushGoldenTest.OPTIONS).schema();
            }
        }
        Path out = work.resolve("migrations");
        MigrationFolder folder = new MigrationFolder(out);
        String adopted = "-- adopted database";
        Snapshot first = SchemaToSnapshot.ofDatabase(baseline, "4f1c2a9e-0000-4000-8000-000000000001", Snapshot.NO_PARENT);
        first = first.withExtras(first.extras().withSql(null, true)); // stands for the database as it was: not replayed
        MigrationFolder.writeAtomically(folder.sqlFile("0000_baseline"), adopted);
        MigrationFolder.writeAtomically(folder.meta().resolve("0000_snapshot.json"), SnapshotJson.write(first));
        MigrationFolder.writeAtomically(folder.journalFile(),
                Journal.empty("sqlite").with(new JournalEntry(0, "6", 1000, "0000_baseline", true)).toJson());
        {
            try (Connection connection = SqliteFiles.connect(db)) {
                connection.createStatement().execute("CREATE TABLE IF NOT EXISTS \"__drizzle_migrations\" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)");
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO \"__drizzle_migrations\" (hash, created_at) VALUES (?, ?)")) {
                    insert.setString(1, new MigrationFile(null, adopted).hash());
                    insert.setLong(2, 1000);
                    insert.executeUpdate();
                }
            }
        }

        Schema target = PushGoldenTest.target(testCase.section("after.dschema"));
        Generate.Baseline read = Generate.baseline(folder);
        assertEquals(List.of(), read.problems(), testCase.name());
        Generate.Preview preview = Generate.preview(read, target, RenameAnswers.NONE);
        assertTrue(preview.diff().questions().isEmpty(), testCase.name() + ": " + preview.diff().questions());
        if (preview.isEmpty()) {
            return;
        }
        Generate.Outcome outcome = Generate.write(preview, new Generate.Options("change", false, true, MigrationPrefix.INDEX,
                Instant.ofEpochMilli(2000), new Random(1)));
        assertTrue(outcome.written(), testCase.name() + ": " + outcome.problems());
        Path ours = work.resolve("ours.db");
        Files.copy(db, ours);
        try {
            DrizzleStyleMigrator.migrate(db, out);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(testCase.name() + ": the migration fails: " + e.getMessage() + "\n" + outcome.sql(), e);
        }
        String rows = withoutMigrationsTable(SqliteFiles.dumpRows(db));
        assertEquals(withoutMigrationsTable(testCase.section("expected.rows") + "\n").strip(), rows.strip(), testCase.name() + ": rows after the migration\n" + outcome.sql());
        // our own migrate applies the same folder (0000 is recorded already) to a copy, with the same rows
        try (Database database = Databases.open(SqliteFiles.url(ours))) {
            Migrate.Result result = Migrate.run(database, folder.read().migrations(),
                    new Migrate.Options("__drizzle_migrations", false), script -> { });
            assertEquals(null, result.failure(), testCase.name() + ": our migrate failed\n" + outcome.sql());
            assertEquals(1, result.applied().size(), testCase.name() + ": our migrate applied " + result.applied());
        }
        assertEquals(rows.strip(), withoutMigrationsTable(SqliteFiles.dumpRows(ours)).strip(), testCase.name() + ": rows after our migrate");
        // the adopted 0000 replays from its snapshot, the generated 0001 on top of it, and the folder holds the schema
        assertEquals(List.of(), FolderCheck.check(folder, target), testCase.name());
    }

    /** The migrations table holds the runner's rows here, the case's own in the golden. */
    private static String withoutMigrationsTable(String dump) {
        return dump.replaceAll("__drizzle_migrations:\n(  [^\n]*\n)*", "");
    }
}
