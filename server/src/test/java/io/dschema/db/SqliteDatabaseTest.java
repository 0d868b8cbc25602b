package io.dschema.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dschema.config.DatabaseUrl;
import io.dschema.plan.Guard;
import io.dschema.plan.Plan;
import io.dschema.plan.RiskKind;
import io.dschema.plan.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteDatabaseTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("local.db");
    }

    /** Another process's view of the file: a plain read-write connection. */
    private Connection other() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file());
    }

    private void sql(String... statements) throws SQLException {
        try (Connection connection = other(); java.sql.Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static Plan plan(String... statements) {
        return new Plan(List.of(), List.of(), List.of(new Step("t", "test", RiskKind.SAFE, List.of(), List.of(statements))),
                List.of(), List.of());
    }

    /** Every row of a table as text, in rowid order: what must survive a failed apply. */
    private static List<String> rows(Database db, String table) throws DatabaseException {
        List<String> rows = new ArrayList<>();
        for (Row row : db.query("SELECT * FROM " + table + " ORDER BY rowid")) {
            rows.add(row.values().toString());
        }
        return rows;
    }

    private static List<String> tables(Database db) throws DatabaseException {
        return db.query("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").stream()
                .map(row -> row.string("name")).toList();
    }

    @Test
    void lookingAtAMissingFileCreatesNothing() throws Exception {
        try (SqliteDatabase db = new SqliteDatabase(file())) {
            assertFalse(db.exists());
            assertEquals(Stamp.ABSENT, db.stamp());
            DatabaseException missing = assertThrows(DatabaseException.class, () -> db.query("SELECT 1"));
            assertEquals(DatabaseException.Kind.MISSING, missing.kind());
            assertTrue(missing.getMessage().contains(file().toString()), missing.getMessage());
        }
        assertFalse(Files.exists(file()));
        try (Database db = Databases.open(new DatabaseUrl(DatabaseUrl.Kind.FILE, "file:" + file(), file()))) {
            assertEquals(Stamp.ABSENT, db.stamp());
        }
        assertFalse(Files.exists(file()));
        assertTrue(Files.list(dir).findAny().isEmpty(), "no journal or other file either");
    }

    @Test
    void queriesCannotWrite() throws Exception {
        sql("CREATE TABLE t (v)");
        try (SqliteDatabase db = new SqliteDatabase(file())) {
            DatabaseException e = assertThrows(DatabaseException.class, () -> db.query("INSERT INTO t VALUES (1)"));
            assertNotEquals(DatabaseException.Kind.OTHER, e.kind());
            assertEquals(List.of(), rows(db, "t"));
        }
    }

    @Test
    void stampMovesWhenAnotherConnectionWrites() throws Exception {
        sql("CREATE TABLE t (v)");
        try (SqliteDatabase db = new SqliteDatabase(file())) {
            Stamp first = db.stamp();
            assertTrue(first.exists());
            assertEquals(first, db.stamp(), "looking does not move it");
            sql("INSERT INTO t VALUES (1)");
            Stamp afterInsert = db.stamp();
            assertEquals(first.schemaVersion(), afterInsert.schemaVersion());
            assertNotEquals(first.dataVersion(), afterInsert.dataVersion());
            sql("CREATE TABLE u (v)");
            assertNotEquals(afterInsert.schemaVersion(), db.stamp().schemaVersion());
        }
    }

    @Test
    void applyCreatesTheFileAndReturnsWhatItRan() throws Exception {
        try (SqliteDatabase db = new SqliteDatabase(file())) {
            Plan plan = new Plan(List.of("PRAGMA foreign_keys=OFF"), List.of("CREATE TEMP TABLE before_fk AS SELECT 1"),
                    List.of(new Step("t", "create t", RiskKind.SAFE, List.of(), List.of("CREATE TABLE t (v)", "INSERT INTO t VALUES (1)"))),
                    List.of(new Guard("no negative values", "SELECT count(*) FROM t WHERE v < 0")), List.of("PRAGMA foreign_keys=ON"));
            ApplyResult result = db.apply(plan, db.stamp(), TransactionCheck.NONE);
            assertEquals(List.of("PRAGMA foreign_keys=OFF", "CREATE TEMP TABLE before_fk AS SELECT 1", "CREATE TABLE t (v)",
                    "INSERT INTO t VALUES (1)", "SELECT count(*) FROM t WHERE v < 0", "PRAGMA foreign_keys=ON"), result.executed());
            assertTrue(db.exists());
            assertEquals(List.of("[1]"), rows(db, "t"));
            // a second plan against the new stamp
            db.apply(plan("INSERT INTO t VALUES (2)"), db.stamp(), TransactionCheck.NONE);
            assertEquals(List.of("[1]", "[2]"), rows(db, "t"));
        }
    }

    @Test
    void applyIsAtomic() throws Exception {
        sql("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)", "INSERT INTO t (v) VALUES ('a'), ('b')");
        try (SqliteDatabase db = new SqliteDatabase(file())) {
            List<String> before = rows(db, "t");
            Stamp stamp = db.stamp();
            String failing = "INSERT INTO t (v) VALUES (NULL)";
            DatabaseException e = assertThrows(DatabaseException.class, () -> db.apply(plan(
                    "ALTER TABLE t ADD COLUMN w INTEGER", "INSERT INTO t (v) VALUES ('c')", failing, "CREATE TABLE never (x)"),
                    stamp, TransactionCheck.NONE));
            assertEquals(DatabaseException.Kind.STATEMENT, e.kind());
            assertEquals(failing, e.statement());
            assertTrue(e.getMessage().contains("NOT NULL"), e.getMessage());
            assertTrue(e.getMessage().contains(file().toString()), e.getMessage());
            assertEquals(before, rows(db, "t"));
            assertEquals(List.of("t"), tables(db));
            assertEquals(List.of("id", "v"), db.query("SELECT name FROM pragma_table_info('t')").stream()
                    .map(row -> row.string("name")).toList());
            assertEquals(stamp.schemaVersion(), db.stamp().schemaVersion());
        }
    }

    @Test
    void aFailedApplyOnAMissingFileLeavesNoFile() throws Exception {
        try (SqliteDatabase db = new SqliteDatabase(file())) {
            assertThrows(DatabaseException.class, () -> db.apply(plan("CREATE TABLE t (v)", "SELECT * FROM nowhere"),
                    db.stamp(), TransactionCheck.NONE));
            assertFalse(db.exists());
        }
        assertTrue(Files.list(dir).findAny().isEmpty());
    }

    @Test
    void aFailingGuardRollsBack() throws Exception {
        sql("CREATE TABLE t (v INTEGER)", "INSERT INTO t VALUES (1)");
        try (SqliteDatabase db = new SqliteDatabase(file())) {
            // json() of text that is not JSON raises an error: a guard that fails when a value is negative.
            String guardSql = "SELECT json(CASE WHEN (SELECT count(*) FROM t WHERE v < 0) > 0 THEN 'violated' ELSE '1' END)";
            Plan plan = new Plan(List.of(), List.of(), List.of(new Step("t", "negate", RiskKind.CHANGES_VALUES, List.of(),
                    List.of("UPDATE t SET v = -v"))), List.of(new Guard("values of t must stay positive", guardSql)), List.of());
            DatabaseException e = assertThrows(DatabaseException.class, () -> db.apply(plan, db.stamp(), TransactionCheck.NONE));
            assertEquals(DatabaseException.Kind.GUARD, e.kind());
            assertEquals(guardSql, e.statement());
            assertTrue(e.getMessage().contains("values of t must stay positive"), e.getMessage());
            assertEquals(List.of("[1]"), rows(db, "t"));
        }
    }

    @Test
    void theCheckInsideTheTransactionSeesTheChangesAndCanRollBack() throws Exception {
        sql("CREATE TABLE t (v INTEGER)");
        try (SqliteDatabase db = new SqliteDatabase(file())) {
            List<Long> seen = new ArrayList<>();
            DatabaseException e = assertThrows(DatabaseException.class, () -> db.apply(plan("INSERT INTO t VALUES (5)"),
                    db.stamp(), tx -> {
                        seen.add(tx.count("SELECT count(*) FROM t"));
                        return Optional.of("the database does not match the schema after the change");
                    }));
            assertEquals(List.of(1L), seen);
            assertEquals(DatabaseException.Kind.GUARD, e.kind());
            assertTrue(e.getMessage().contains("does not match the schema"), e.getMessage());
            assertEquals(List.of(), rows(db, "t"));
        }
    }

    @Test
    void changedSchemaAfterTheStampIsRefused() throws Exception {
        sql("CREATE TABLE t (v)");
        try (SqliteDatabase db = new SqliteDatabase(file())) {
            Stamp stamp = db.stamp();
            sql("CREATE TABLE other (x)");
            DatabaseException e = assertThrows(DatabaseException.class,
                    () -> db.apply(plan("INSERT INTO t VALUES (1)"), stamp, TransactionCheck.NONE));
            assertEquals(DatabaseException.Kind.CHANGED, e.kind());
            assertEquals(List.of(), rows(db, "t"));
        }
    }

    @Test
    void changedDataAfterTheStampIsRefused() throws Exception {
        sql("CREATE TABLE t (v)");
        try (SqliteDatabase db = new SqliteDatabase(file())) {
            Stamp stamp = db.stamp();
            sql("INSERT INTO t VALUES ('theirs')");
            DatabaseException e = assertThrows(DatabaseException.class,
                    () -> db.apply(plan("INSERT INTO t VALUES ('ours')"), stamp, TransactionCheck.NONE));
            assertEquals(DatabaseException.Kind.CHANGED, e.kind());
            assertEquals(List.of("[theirs]"), rows(db, "t"));
        }
    }

    @Test
    void aDatabaseCreatedByAnotherAfterTheStampIsRefused() throws Exception {
        try (SqliteDatabase db = new SqliteDatabase(file())) {
            Stamp stamp = db.stamp();
            sql("CREATE TABLE theirs (x)");
            DatabaseException e = assertThrows(DatabaseException.class,
                    () -> db.apply(plan("CREATE TABLE ours (x)"), stamp, TransactionCheck.NONE));
            assertEquals(DatabaseException.Kind.CHANGED, e.kind());
            assertEquals(List.of("theirs"), tables(db));
        }
    }

    @Test
    void anotherWriterHoldingTheLockGivesLocked() throws Exception {
        sql("CREATE TABLE t (v)");
        try (SqliteDatabase db = new SqliteDatabase(file(), Duration.ofMillis(100));
             Connection holder = other(); java.sql.Statement statement = holder.createStatement()) {
            Stamp stamp = db.stamp();
            statement.execute("BEGIN IMMEDIATE");
            statement.execute("INSERT INTO t VALUES (1)");
            DatabaseException e = assertThrows(DatabaseException.class,
                    () -> db.apply(plan("INSERT INTO t VALUES (2)"), stamp, TransactionCheck.NONE));
            assertEquals(DatabaseException.Kind.LOCKED, e.kind());
            assertTrue(e.getMessage().contains(file().toString()) && e.getMessage().contains("100 ms"), e.getMessage());
            statement.execute("ROLLBACK");
            assertEquals(List.of(), rows(db, "t"));
        }
    }

    @Test
    void anExclusiveLockKeepsReadersOutWithLocked() throws Exception {
        sql("CREATE TABLE t (v)");
        try (SqliteDatabase db = new SqliteDatabase(file(), Duration.ofMillis(100));
             Connection holder = other(); java.sql.Statement statement = holder.createStatement()) {
            statement.execute("BEGIN EXCLUSIVE");
            DatabaseException e = assertThrows(DatabaseException.class, () -> db.query("SELECT * FROM t"));
            assertEquals(DatabaseException.Kind.LOCKED, e.kind());
            statement.execute("ROLLBACK");
        }
    }

    @Test
    void prologueAndEpilogueRunOutsideTheTransaction() throws Exception {
        sql("CREATE TABLE parent (id INTEGER PRIMARY KEY)", "CREATE TABLE child (p INTEGER REFERENCES parent(id))");
        try (SqliteDatabase db = new SqliteDatabase(file())) {
            // With foreign keys on, the orphan insert fails; SQLite ignores the pragma inside a
            // transaction, so it is in effect only because the prologue ran before BEGIN.
            Plan plan = new Plan(List.of("PRAGMA foreign_keys=ON"), List.of(),
                    List.of(new Step("child", "orphan", RiskKind.SAFE, List.of(), List.of("INSERT INTO child VALUES (42)"))),
                    List.of(), List.of("PRAGMA foreign_keys=OFF"));
            DatabaseException e = assertThrows(DatabaseException.class, () -> db.apply(plan, db.stamp(), TransactionCheck.NONE));
            assertEquals(DatabaseException.Kind.STATEMENT, e.kind());
            assertTrue(e.getMessage().contains("FOREIGN KEY"), e.getMessage());
            // and the other way round: off in the prologue is in effect for the statements
            Plan off = new Plan(List.of("PRAGMA foreign_keys=OFF"), List.of(),
                    List.of(new Step("child", "orphan", RiskKind.SAFE, List.of(), List.of("INSERT INTO child VALUES (42)"))),
                    List.of(), List.of());
            db.apply(new Plan(List.of("PRAGMA foreign_keys=ON"), List.of(), List.of(), List.of(), List.of()), db.stamp(),
                    TransactionCheck.NONE);
            db.apply(off, db.stamp(), TransactionCheck.NONE);
            assertEquals(List.of("[42]"), rows(db, "child"));
        }
    }

    @Test
    void walDatabasesAreReadAndWritten() throws Exception {
        sql("PRAGMA journal_mode=WAL", "CREATE TABLE t (v)", "INSERT INTO t VALUES (1)");
        try (SqliteDatabase db = new SqliteDatabase(file())) {
            assertEquals(List.of("[1]"), rows(db, "t"));
            Stamp stamp = db.stamp();
            db.apply(plan("INSERT INTO t VALUES (2)"), stamp, TransactionCheck.NONE);
            assertEquals(List.of("[1]", "[2]"), rows(db, "t"));
            Stamp afterOurs = db.stamp();
            sql("INSERT INTO t VALUES (3)");
            DatabaseException e = assertThrows(DatabaseException.class,
                    () -> db.apply(plan("INSERT INTO t VALUES (4)"), afterOurs, TransactionCheck.NONE));
            assertEquals(DatabaseException.Kind.CHANGED, e.kind());
            assertEquals(List.of("[1]", "[2]", "[3]"), rows(db, "t"));
        }
    }

    @Test
    void notADatabaseIsUnreadable() throws Exception {
        Files.writeString(file(), "this is a text file, not a database, and long enough to have a header.".repeat(10));
        try (SqliteDatabase db = new SqliteDatabase(file())) {
            assertTrue(db.exists());
            DatabaseException e = assertThrows(DatabaseException.class, db::stamp);
            assertEquals(DatabaseException.Kind.UNREADABLE, e.kind());
            assertTrue(e.getMessage().contains(file().toString()), e.getMessage());
            assertTrue(e.getMessage().contains("not a SQLite database"), e.getMessage());
        }
    }

    @Test
    void aFileWithoutReadPermissionIsUnreadable() throws Exception {
        sql("CREATE TABLE t (v)");
        Files.setPosixFilePermissions(file(), java.util.Set.of());
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(file()), "running as root: permissions do not bite");
        try (SqliteDatabase db = new SqliteDatabase(file())) {
            DatabaseException e = assertThrows(DatabaseException.class, db::stamp);
            assertEquals(DatabaseException.Kind.UNREADABLE, e.kind());
            assertTrue(e.getMessage().contains("permission"), e.getMessage());
        }
    }

    @Test
    void aFolderIsUnreadable() throws Exception {
        Files.createDirectory(file());
        try (SqliteDatabase db = new SqliteDatabase(file())) {
            DatabaseException e = assertThrows(DatabaseException.class, db::stamp);
            assertEquals(DatabaseException.Kind.UNREADABLE, e.kind());
            assertTrue(e.getMessage().contains("folder"), e.getMessage());
        }
    }

    @Test
    void aMissingFolderIsSaidOnApply() throws Exception {
        Path deep = dir.resolve("no-such-folder").resolve("local.db");
        try (SqliteDatabase db = new SqliteDatabase(deep)) {
            DatabaseException e = assertThrows(DatabaseException.class, () -> db.apply(plan("CREATE TABLE t (v)"),
                    db.stamp(), TransactionCheck.NONE));
            assertEquals(DatabaseException.Kind.OTHER, e.kind());
            assertTrue(e.getMessage().contains(deep.getParent().toString()), e.getMessage());
        }
        assertFalse(Files.exists(deep.getParent()));
    }

    @Test
    void inMemoryDatabasesWorkForTests() throws Exception {
        try (Database db = Databases.open(new DatabaseUrl(DatabaseUrl.Kind.MEMORY, "file::memory:", null))) {
            assertTrue(db.exists());
            db.apply(plan("CREATE TABLE t (v)", "INSERT INTO t VALUES (1)"), db.stamp(), TransactionCheck.NONE);
            assertEquals(List.of("[1]"), rows(db, "t"));
            assertThrows(DatabaseException.class, () -> db.query("DELETE FROM t"));
            assertEquals(List.of("[1]"), rows(db, "t"));
            assertThrows(DatabaseException.class, () -> db.apply(plan("INSERT INTO t VALUES (2)", "INSERT INTO nowhere VALUES (1)"),
                    db.stamp(), TransactionCheck.NONE));
            assertEquals(List.of("[1]"), rows(db, "t"));
        }
    }

    @Test
    void remoteDatabasesAreNotSupportedYet() {
        DatabaseException e = assertThrows(DatabaseException.class,
                () -> Databases.open(new DatabaseUrl(DatabaseUrl.Kind.LIBSQL, "libsql://db.example.com?authToken=secret", null)));
        assertEquals(DatabaseException.Kind.OTHER, e.kind());
        assertTrue(e.getMessage().contains("not supported yet"));
        assertFalse(e.getMessage().contains("secret"));
    }
}
