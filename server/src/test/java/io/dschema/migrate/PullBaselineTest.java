package io.dschema.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dschema.config.MigrationPrefix;
import io.dschema.db.DatabaseException;
import io.dschema.db.SqliteDatabase;
import io.dschema.migrate.folder.MigrationFolder;
import io.dschema.sqlite.InspectOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine of {@code pull --baseline}: what it records, and what it leaves when it cannot. */
class PullBaselineTest {

    @TempDir
    Path dir;

    private final PullBaseline.Options options = new PullBaseline.Options(MigrateTest.TABLE, MigrationPrefix.INDEX, true, "init",
            Instant.parse("2026-01-02T03:04:05Z"), new Random(1));

    private Path db() {
        return dir.resolve("local.db");
    }

    private MigrationFolder folder() {
        return new MigrationFolder(dir.resolve("migrations"));
    }

    private InspectOptions inspect() {
        return InspectOptions.DEFAULTS;
    }

    /** Someone writes between the read and the recording: nothing is recorded, the two files are taken back. */
    @Test
    void aDatabaseChangedAfterItWasReadIsNotRecorded() throws Exception {
        SqliteFiles.run(db(), "CREATE TABLE users (id integer PRIMARY KEY, name text)");
        try (SqliteDatabase database = new SqliteDatabase(db())) {
            PullBaseline.Prepared prepared = PullBaseline.prepare(database, folder(), inspect(), options);
            assertTrue(prepared.ok(), prepared.problems().toString());
            SqliteFiles.run(db(), "CREATE TABLE late (x)");
            DatabaseException changed = assertThrows(DatabaseException.class, () -> PullBaseline.write(database, prepared));
            assertEquals(DatabaseException.Kind.CHANGED, changed.kind());
            assertFalse(Files.exists(prepared.sqlFile()));
            assertFalse(Files.exists(prepared.snapshotFile()));
            assertFalse(folder().exists());
            assertFalse(MigrationsTable.exists(database, MigrateTest.TABLE));
        }
    }

    /** A view whose text holds a block comment: the file is line comments, and check and status still read it. */
    @Test
    void aStatementHoldingACommentEndIsWrittenAsLineComments() throws Exception {
        SqliteFiles.run(db(), "CREATE TABLE users (id integer PRIMARY KEY, name text);"
                + "CREATE VIEW names AS SELECT name /* shown */ FROM users");
        try (SqliteDatabase database = new SqliteDatabase(db())) {
            PullBaseline.Prepared prepared = PullBaseline.prepare(database, folder(), inspect(), options);
            assertTrue(prepared.ok(), prepared.problems().toString());
            PullBaseline.write(database, prepared);
            String text = Files.readString(prepared.sqlFile());
            assertTrue(text.lines().allMatch(line -> line.startsWith("--")), text);
            assertTrue(text.contains("-- CREATE VIEW names AS SELECT name /* shown */ FROM users;"), text);
            assertEquals(List.of(), FolderCheck.check(folder(), null));
            MigrationFolder.Contents contents = folder().read();
            MigrationStatus status = MigrationStatus.read(database, contents.migrations(), AdoptedMigrations.of(contents), inspect());
            assertEquals(List.of(), status.drift());
            assertEquals(List.of(), status.driftProblems());
            assertEquals(1, status.ledger().applied().size());
        }
    }

    @Test
    void aJournalWithoutEntriesTakesTheBaseline() throws Exception {
        SqliteFiles.run(db(), "CREATE TABLE users (id integer PRIMARY KEY)");
        Files.createDirectories(folder().meta());
        Files.writeString(folder().journalFile(), "{\n  \"version\": \"7\",\n  \"dialect\": \"turso\",\n  \"entries\": []\n}");
        try (SqliteDatabase database = new SqliteDatabase(db())) {
            PullBaseline.Prepared prepared = PullBaseline.prepare(database, folder(), inspect(), options);
            assertTrue(prepared.ok(), prepared.problems().toString());
            PullBaseline.write(database, prepared);
        }
        MigrationFolder.Contents contents = folder().read();
        assertEquals("turso", contents.journal().dialect());
        assertEquals(List.of("0000_init"), contents.journal().entries().stream().map(e -> e.tag()).toList());
        assertEquals(Instant.parse("2026-01-02T03:04:05Z").toEpochMilli(), contents.journal().entries().get(0).when());
    }

    @Test
    void strayUnlistedSnapshotsAreRefused() throws Exception {
        SqliteFiles.run(db(), "CREATE TABLE users (id integer PRIMARY KEY)");
        Files.createDirectories(folder().meta());
        Files.writeString(folder().meta().resolve("0000_snapshot.json"), "{}");
        try (SqliteDatabase database = new SqliteDatabase(db())) {
            PullBaseline.Prepared prepared = PullBaseline.prepare(database, folder(), inspect(), options);
            assertFalse(prepared.ok());
            assertTrue(prepared.problems().get(0).contains("0000_snapshot.json: the folder holds snapshots but no journal"),
                    prepared.problems().toString());
        }
    }
}
