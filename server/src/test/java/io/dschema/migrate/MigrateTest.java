package io.dschema.migrate;

import static io.dschema.migrate.MigrationFolders.FIRST_WHEN;
import static io.dschema.migrate.MigrationFolders.add;
import static io.dschema.migrate.MigrationFolders.drizzleKit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dschema.db.DatabaseException;
import io.dschema.db.SqliteDatabase;
import io.dschema.migrate.folder.MigrationFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migrate engine on real SQLite files and hand-written drizzle-kit folders. */
class MigrateTest {

    static final String TABLE = "__drizzle_migrations";

    @TempDir
    Path dir;

    Path out() {
        return dir.resolve("migrations");
    }

    Path db() {
        return dir.resolve("local.db");
    }

    static final String USERS = "CREATE TABLE `users` (\n\t`id` integer PRIMARY KEY NOT NULL,\n\t`name` text NOT NULL\n);\n";

    private Migrate.Result migrate(boolean allowOutOfOrder) throws Exception {
        try (SqliteDatabase database = new SqliteDatabase(db())) {
            return Migrate.run(database, MigrationFolders.read(out()), new Migrate.Options(TABLE, allowOutOfOrder), s -> { });
        }
    }

    private List<String> tags(Migrate.Result result) {
        return result.applied().stream().map(s -> s.file().entry().tag()).toList();
    }

    @Test
    void appliesBothToAFreshFileThenNothing() throws Exception {
        MigrationFile first = add(out(), "0000_init", drizzleKit(USERS, "CREATE INDEX `users_name_idx` ON `users` (`name`);"));
        MigrationFile second = add(out(), "0001_age", "ALTER TABLE `users` ADD `age` integer;");
        assertFalse(Files.exists(db()));

        Migrate.Result result = migrate(false);
        assertNull(result.failure(), String.valueOf(result.failure()));
        assertEquals(List.of("0000_init", "0001_age"), tags(result));
        assertEquals(List.of("id", "name", "age"), rows("SELECT name FROM pragma_table_info('users')"));
        // the row values drizzle-orm writes: id NULL (SERIAL is no rowid alias), the file's sha256, created_at = when as an integer
        assertEquals(List.of("null|" + first.hash() + "|" + first.entry().when() + "|integer",
                        "null|" + second.hash() + "|" + second.entry().when() + "|integer"),
                rows("SELECT id, hash, created_at, typeof(created_at) FROM " + TABLE + " ORDER BY rowid"));

        long version = SqliteFiles.pragma(db(), "schema_version");
        Migrate.Result again = migrate(false);
        assertEquals(List.of(), again.applied());
        assertTrue(again.problems().isEmpty() && again.failure() == null);
        assertEquals(version, SqliteFiles.pragma(db(), "schema_version"));
    }

    /** The table drizzle-orm creates, byte for byte in sqlite_master, and its columns. */
    @Test
    void theMigrationsTableIsDrizzleOrmsTable() throws Exception {
        add(out(), "0000_init", USERS);
        migrate(false);
        Path drizzle = dir.resolve("drizzle.db");
        // what drizzle-orm's sqlite-core dialect runs (reference §4.2), with the whitespace of its template literal
        SqliteFiles.run(drizzle, "\n\t\t\tCREATE TABLE IF NOT EXISTS \"__drizzle_migrations\" (\n\t\t\t\tid SERIAL PRIMARY KEY,\n"
                + "\t\t\t\thash text NOT NULL,\n\t\t\t\tcreated_at numeric\n\t\t\t)\n\t\t");
        String ours = single(db(), "SELECT sql FROM sqlite_master WHERE name = '" + TABLE + "'");
        assertEquals(single(drizzle, "SELECT sql FROM sqlite_master WHERE name = '" + TABLE + "'"), ours);
        String columns = "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('" + TABLE + "')";
        assertEquals(rows(drizzle, columns), rows(columns));
        assertEquals(List.of("id|SERIAL|0|null|1", "hash|TEXT|1|null|0", "created_at|numeric|0|null|0"), rows(columns));
    }

    @Test
    void aConfiguredTableNameIsUsed() throws Exception {
        add(out(), "0000_init", USERS);
        try (SqliteDatabase database = new SqliteDatabase(db())) {
            Migrate.run(database, MigrationFolders.read(out()), new Migrate.Options("my_migrations", false), s -> { });
        }
        assertEquals(List.of("1"), rows("SELECT count(*) FROM my_migrations"));
        assertEquals(List.of("0"), rows("SELECT count(*) FROM sqlite_master WHERE name = '" + TABLE + "'"));
    }

    @Test
    void anEditedAppliedFileStopsEverythingNamingIt() throws Exception {
        MigrationFile first = add(out(), "0000_init", USERS);
        migrate(false);
        add(out(), "0001_age", "ALTER TABLE `users` ADD `age` integer;");
        MigrationFolders.edit(out(), "0000_init", USERS.replace("`name` text", "`name` text, `x` integer"));
        long version = SqliteFiles.pragma(db(), "schema_version");

        Migrate.Result result = migrate(false);
        assertEquals(1, result.problems().size(), result.problems().toString());
        String problem = result.problems().get(0);
        assertTrue(problem.startsWith("0000_init.sql was changed after it was applied"), problem);
        assertTrue(problem.contains(first.hash()), problem);
        assertTrue(problem.contains(MigrationFolders.read(out()).get(0).hash()), problem);
        assertEquals(List.of(), result.applied());
        assertEquals(version, SqliteFiles.pragma(db(), "schema_version"), "0001 was applied anyway");
    }

    @Test
    void anOutOfOrderPendingMigrationStopsUnlessAllowed() throws Exception {
        add(out(), "0000_init", USERS, true, FIRST_WHEN);
        add(out(), "0001_posts", "CREATE TABLE `posts` (`id` integer PRIMARY KEY);", true, FIRST_WHEN + 5000);
        migrate(false);
        // merged from another branch: generated in between, so older than the newest applied one
        add(out(), "0002_tags", "CREATE TABLE `tags` (`id` integer PRIMARY KEY);", true, FIRST_WHEN + 2000);

        Migrate.Result refused = migrate(false);
        assertEquals(1, refused.problems().size());
        assertTrue(refused.problems().get(0).startsWith("0002_tags.sql is pending but older than the newest applied"),
                refused.problems().get(0));
        assertTrue(refused.problems().get(0).contains("--allow-out-of-order"));
        assertEquals(List.of("0"), rows("SELECT count(*) FROM sqlite_master WHERE name = 'tags'"));

        Migrate.Result allowed = migrate(true);
        assertEquals(List.of("0002_tags"), tags(allowed));
        assertEquals(List.of("1"), rows("SELECT count(*) FROM sqlite_master WHERE name = 'tags'"));
        assertEquals(List.of("3"), rows("SELECT count(*) FROM " + TABLE));
    }

    @Test
    void aFailureInTheSecondOfThreeKeepsTheFirstAndNothingOfTheSecond() throws Exception {
        add(out(), "0000_init", USERS);
        add(out(), "0001_broken", drizzleKit("CREATE TABLE `posts` (`id` integer PRIMARY KEY);",
                "INSERT INTO `nowhere` VALUES (1);"));
        add(out(), "0002_tags", "CREATE TABLE `tags` (`id` integer PRIMARY KEY);");

        Migrate.Result result = migrate(false);
        assertEquals(List.of("0000_init"), tags(result));
        assertNotNull(result.failure());
        assertEquals("0001_broken", result.failedFile().entry().tag());
        assertEquals(DatabaseException.Kind.STATEMENT, result.failure().kind());
        assertEquals("INSERT INTO `nowhere` VALUES (1)", result.failure().statement());
        assertTrue(result.failure().getMessage().contains("no such table: nowhere"), result.failure().getMessage());
        assertEquals(List.of("users"), rows("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_\\_%' ESCAPE '\\'"));
        assertEquals(List.of(String.valueOf(FIRST_WHEN)), rows("SELECT created_at FROM " + TABLE));
    }

    @Test
    void aFailingFirstMigrationLeavesNoFileBehind() throws Exception {
        add(out(), "0000_broken", "CREATE TABLE `a` (`id` integer);--> statement-breakpoint\nINSERT INTO `b` VALUES (1);");
        Migrate.Result result = migrate(false);
        assertNotNull(result.failure());
        assertFalse(Files.exists(db()), "a failed migration left a new database file");
    }

    /** drizzle-kit's rebuild of a parent: the pragmas run outside the transaction, where SQLite honours them. */
    @Test
    void foreignKeyPragmasRunOutsideTheTransactionAndKeepCascadeChildren() throws Exception {
        String rebuild = drizzleKit("PRAGMA foreign_keys=OFF;",
                "CREATE TABLE `__new_parent` (\n\t`id` integer PRIMARY KEY NOT NULL,\n\t`name` text DEFAULT 'x' NOT NULL\n);\n",
                "INSERT INTO `__new_parent`(\"id\", \"name\") SELECT \"id\", \"name\" FROM `parent`;",
                "DROP TABLE `parent`;", "ALTER TABLE `__new_parent` RENAME TO `parent`;", "PRAGMA foreign_keys=ON;");
        assertTrue(rebuild.startsWith("PRAGMA foreign_keys=OFF;--> statement-breakpoint\nCREATE TABLE `__new_parent`"), rebuild);
        assertEquals(List.of("2"), childrenAfter(rebuild));
        // the same file without its pragmas: migrate runs with foreign keys on (as drizzle-orm's drivers do),
        // DROP TABLE deletes the parent rows and the cascade takes the children, which is what the pragmas prevent
        assertEquals(List.of("0"), childrenAfter(rebuild.replace("PRAGMA foreign_keys=OFF;--> statement-breakpoint\n", "")
                .replace(";--> statement-breakpoint\nPRAGMA foreign_keys=ON;", ";")));
    }

    private List<String> childrenAfter(String rebuild) throws Exception {
        Path folder = dir.resolve("f" + System.nanoTime());
        Path file = dir.resolve("f" + System.nanoTime() + ".db");
        add(folder, "0000_init", drizzleKit("CREATE TABLE `parent` (\n\t`id` integer PRIMARY KEY NOT NULL,\n\t`name` text\n);\n",
                "CREATE TABLE `child` (\n\t`id` integer PRIMARY KEY NOT NULL,\n\t`parent_id` integer,\n"
                        + "\tFOREIGN KEY (`parent_id`) REFERENCES `parent`(`id`) ON UPDATE no action ON DELETE cascade\n);\n"));
        add(folder, "0001_parent_notnull", rebuild);
        try (SqliteDatabase database = new SqliteDatabase(file)) {
            List<MigrationFile> files = MigrationFolders.read(folder);
            Migrate.run(database, files.subList(0, 1), new Migrate.Options(TABLE, false), s -> { });
            SqliteFiles.run(file, "INSERT INTO parent VALUES (1, 'a'), (2, 'b'); INSERT INTO child VALUES (1, 1), (2, 2)");
            Migrate.Result result = Migrate.run(database, files, new Migrate.Options(TABLE, false), s -> { });
            assertNull(result.failure(), String.valueOf(result.failure()));
            assertEquals(1, result.applied().size());
        }
        return rows(file, "SELECT count(*) FROM child");
    }

    @Test
    void aFileWithForeignKeysOffThatLeavesOrphansIsRolledBack() throws Exception {
        add(out(), "0000_init", drizzleKit("CREATE TABLE `parent` (`id` integer PRIMARY KEY);",
                "CREATE TABLE `child` (`id` integer PRIMARY KEY, `parent_id` integer REFERENCES `parent`(`id`));",
                "INSERT INTO `parent` VALUES (1);", "INSERT INTO `child` VALUES (1, 1);"));
        add(out(), "0001_orphan", drizzleKit("PRAGMA foreign_keys=OFF;", "DELETE FROM `parent`;", "PRAGMA foreign_keys=ON;"));
        Migrate.Result result = migrate(false);
        assertEquals(List.of("0000_init"), tags(result));
        assertEquals(DatabaseException.Kind.GUARD, result.failure().kind());
        assertTrue(result.failure().getMessage().contains("left 1 rows of child without their parent row"),
                result.failure().getMessage());
        assertEquals(List.of("1"), rows("SELECT count(*) FROM parent"));
    }

    @Test
    void aFileWithoutBreakpointsAppliesWithOneWarning() throws Exception {
        String file = "CREATE TABLE `a` (\n\t`n` integer\n);\nCREATE TABLE `log` (\n\t`what` text\n);\n"
                + "CREATE TRIGGER `a_log` AFTER INSERT ON `a` BEGIN\n  INSERT INTO `log` VALUES ('n;' || new.n);\n"
                + "  INSERT INTO `log` VALUES (CASE WHEN new.n > 1 THEN 'big;' ELSE 'small;' END);\nEND;\n"
                + "INSERT INTO `a` VALUES (2);";
        add(out(), "0000_init", file, false, null);
        Migrate.Result result = migrate(false);
        assertNull(result.failure(), String.valueOf(result.failure()));
        assertEquals(List.of("n;2", "big;"), rows("SELECT what FROM log ORDER BY rowid"));
        assertEquals(1, result.warnings().size(), result.warnings().toString());
        assertTrue(result.warnings().get(0).startsWith("0000_init.sql holds several statements in one chunk"));
        assertTrue(result.warnings().get(0).contains("better-sqlite3"));
    }

    @Test
    void aCommentedOutFileIsRecordedWithNothingRun() throws Exception {
        add(out(), "0000_introspected", "-- Current sql file was generated after introspecting the database\n"
                + "-- If you want to run this migration please uncomment this code before executing migrations\n/*\n"
                + USERS + "*/");
        Migrate.Result result = migrate(false);
        assertEquals(List.of("0000_introspected"), tags(result));
        assertEquals(0, result.applied().get(0).statements().size());
        assertEquals(List.of("0"), rows("SELECT count(*) FROM sqlite_master WHERE name = 'users'"));
        assertEquals(List.of("1"), rows("SELECT count(*) FROM " + TABLE));
    }

    @Test
    void aFileThatEndsTheTransactionItselfIsRefused() throws Exception {
        add(out(), "0000_init", "BEGIN;\n" + USERS + "COMMIT;");
        Migrate.Result result = migrate(false);
        assertEquals(2, result.problems().size(), result.problems().toString());
        assertTrue(result.problems().get(0).startsWith("0000_init.sql: BEGIN would end the transaction"));
        assertFalse(Files.exists(db()));
    }

    @Test
    void aRowTheJournalDoesNotListIsAWarning() throws Exception {
        add(out(), "0000_init", USERS);
        migrate(false);
        SqliteFiles.run(db(), "INSERT INTO " + TABLE + " (hash, created_at) VALUES ('feed', 1)");
        Migrate.Result result = migrate(false);
        assertTrue(result.problems().isEmpty());
        assertEquals(1, result.warnings().size());
        assertTrue(result.warnings().get(0).contains("records a migration the journal does not list (created_at 1"),
                result.warnings().get(0));
    }

    /** Two runs at once on one new file: each migration applied once, both runs succeed. */
    @Test
    void twoConcurrentRunsApplyEachMigrationOnce() throws Exception {
        add(out(), "0000_init", USERS);
        add(out(), "0001_posts", "CREATE TABLE `posts` (`id` integer PRIMARY KEY);");
        add(out(), "0002_tags", "CREATE TABLE `tags` (`id` integer PRIMARY KEY);");
        add(out(), "0003_age", "ALTER TABLE `users` ADD `age` integer;");
        List<MigrationFile> files = MigrationFolders.read(out());
        for (int round = 0; round < 5; round++) {
            Path file = dir.resolve("concurrent" + round + ".db");
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Migrate.Result>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    try (SqliteDatabase database = new SqliteDatabase(file)) {
                        return Migrate.run(database, files, new Migrate.Options(TABLE, false), s -> { });
                    }
                }));
            }
            start.countDown();
            List<String> applied = new ArrayList<>();
            for (Future<Migrate.Result> run : runs) {
                Migrate.Result result = run.get();
                assertNull(result.failure(), String.valueOf(result.failure()));
                assertEquals(List.of(), result.problems());
                applied.addAll(tags(result));
            }
            pool.shutdown();
            assertEquals(List.of("0000_init", "0001_posts", "0002_tags", "0003_age"), applied.stream().sorted().toList());
            assertEquals(List.of("4"), rows(file, "SELECT count(DISTINCT created_at) || '' FROM " + TABLE));
            assertEquals(List.of("4"), rows(file, "SELECT count(*) FROM " + TABLE));
        }
    }

    private List<String> rows(String sql) throws Exception {
        return rows(db(), sql);
    }

    static List<String> rows(Path file, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection connection = SqliteFiles.connect(file); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    values.add(String.valueOf(rs.getObject(c)));
                }
                out.add(String.join("|", values));
            }
        }
        return out;
    }

    private static String single(Path file, String sql) throws Exception {
        return rows(file, sql).get(0);
    }
}
