package io.dschema.migrate;

import static io.dschema.migrate.MigrationFolders.add;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dschema.config.TablesFilter;
import io.dschema.db.SqliteDatabase;
import io.dschema.sqlite.InspectOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationStatusTest {

    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("migrations");
    }

    private Path db() {
        return dir.resolve("local.db");
    }

    private MigrationStatus status() throws Exception {
        try (SqliteDatabase database = new SqliteDatabase(db())) {
            return MigrationStatus.read(database, MigrationFolders.read(out()), InspectOptions.DEFAULTS);
        }
    }

    private void migrate() throws Exception {
        try (SqliteDatabase database = new SqliteDatabase(db())) {
            Migrate.Result result = Migrate.run(database, MigrationFolders.read(out()),
                    new Migrate.Options(MigrateTest.TABLE, false), s -> { });
            assertTrue(result.failure() == null && result.problems().isEmpty(), result.toString());
        }
    }

    private static List<String> states(MigrationStatus status) {
        return status.ledger().entries().stream().map(e -> e.tag() + " " + e.state()).toList();
    }

    @Test
    void aMissingDatabaseHasEverythingPendingAndStaysMissing() throws Exception {
        add(out(), "0000_init", MigrateTest.USERS);
        MigrationStatus status = status();
        assertFalse(status.databaseExists());
        assertEquals(List.of("0000_init PENDING"), states(status));
        assertFalse(Files.exists(db()));
    }

    @Test
    void appliedAndPendingWithoutDrift() throws Exception {
        add(out(), "0000_init", MigrationFolders.drizzleKit(MigrateTest.USERS, "CREATE INDEX `users_name_idx` ON `users` (`name`);"));
        add(out(), "0001_rebuild", MigrationFolders.drizzleKit("PRAGMA foreign_keys=OFF;",
                "CREATE TABLE `__new_users` (\n\t`id` integer PRIMARY KEY NOT NULL,\n\t`name` text DEFAULT 'x' NOT NULL\n);\n",
                "INSERT INTO `__new_users`(\"id\", \"name\") SELECT \"id\", \"name\" FROM `users`;", "DROP TABLE `users`;",
                "ALTER TABLE `__new_users` RENAME TO `users`;", "PRAGMA foreign_keys=ON;",
                "CREATE INDEX `users_name_idx` ON `users` (`name`);"));
        migrate();
        add(out(), "0002_posts", "CREATE TABLE `posts` (`id` integer PRIMARY KEY);");
        MigrationStatus status = status();
        assertEquals(List.of("0000_init APPLIED", "0001_rebuild APPLIED", "0002_posts PENDING"), states(status));
        assertEquals(List.of(), status.drift());
        assertEquals(List.of(), status.driftProblems());
    }

    @Test
    void driftAfterSomeoneAlteredTheDatabaseByHand() throws Exception {
        add(out(), "0000_init", MigrateTest.USERS);
        migrate();
        SqliteFiles.run(db(), "ALTER TABLE users ADD COLUMN nickname text; CREATE TABLE extra (id integer primary key)");
        MigrationStatus status = status();
        assertEquals(2, status.drift().size(), status.drift().toString());
        assertTrue(status.drift().stream().anyMatch(line -> line.contains("extra")), status.drift().toString());
        assertTrue(status.drift().stream().anyMatch(line -> line.contains("nickname")), status.drift().toString());
    }

    @Test
    void editedAndUnknownAreReported() throws Exception {
        add(out(), "0000_init", MigrateTest.USERS);
        migrate();
        SqliteFiles.run(db(), "INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('feed', 5)");
        MigrationFolders.edit(out(), "0000_init", MigrateTest.USERS.replace("`name` text NOT NULL", "`name` text NOT NULL,\n\t`x` integer"));
        MigrationStatus status = status();
        assertEquals(List.of("0000_init EDITED"), states(status));
        assertEquals(1, status.ledger().unknown().size());
        assertEquals("feed", status.ledger().unknown().get(0).hash());
        // replayed as the file is now: the database lacks its new column
        assertEquals(1, status.drift().size(), status.drift().toString());
        assertEquals("drop column users.x", status.drift().get(0));
    }

    @Test
    void tablesTheFilterLeavesOutAreNoDrift() throws Exception {
        add(out(), "0000_init", MigrateTest.USERS);
        migrate();
        SqliteFiles.run(db(), "CREATE TABLE legacy_orders (id integer primary key)");
        try (SqliteDatabase database = new SqliteDatabase(db())) {
            MigrationStatus status = MigrationStatus.read(database, MigrationFolders.read(out()),
                    new InspectOptions(new TablesFilter(List.of("*", "!legacy_*")), null));
            assertEquals(List.of(), status.drift());
        }
    }
}
