package io.dschema.cli;

import static io.dschema.migrate.MigrationFolders.FIRST_WHEN;
import static io.dschema.migrate.MigrationFolders.add;
import static io.dschema.migrate.MigrationFolders.drizzleKit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.dschema.migrate.MigrationFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dschema migrate} and {@code dschema status} from the command line, on the quick start project. */
class MigrateCommandTest {

    private static final String USERS = "CREATE TABLE `users` (\n\t`id` integer PRIMARY KEY NOT NULL,\n\t`name` text NOT NULL\n);\n";

    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("migrations");
    }

    @BeforeEach
    void copyQuickstart() throws Exception {
        Path quickstart = TestData.root().resolve("quickstart");
        Files.copy(quickstart.resolve("dschema.json"), dir.resolve("dschema.json"));
        Files.copy(quickstart.resolve("schema.dschema"), dir.resolve("schema.dschema"));
    }

    @Test
    void appliesBothThenNothing() throws Exception {
        add(out(), "0000_init", drizzleKit(USERS, "CREATE INDEX `users_name_idx` ON `users` (`name`);"));
        add(out(), "0001_age", "ALTER TABLE `users` ADD `age` integer;");
        CliRun first = CliRun.in(dir, "migrate");
        assertEquals(0, first.exitCode(), first.all());
        assertEquals("Applied 0000_init (2 statements)\nApplied 0001_age (1 statement)\n2 migrations applied to local.db.\n",
                first.out());
        CliRun again = CliRun.in(dir, "migrate");
        assertEquals(0, again.exitCode(), again.all());
        assertEquals("No pending migrations: local.db is up to date.\n", again.out());
    }

    @Test
    void anEditedAppliedFileExits1NamingIt() throws Exception {
        add(out(), "0000_init", USERS);
        assertEquals(0, CliRun.in(dir, "migrate").exitCode());
        MigrationFolders.edit(out(), "0000_init", USERS + "--> statement-breakpoint\nCREATE INDEX `i` ON `users` (`name`);");
        CliRun edited = CliRun.in(dir, "migrate");
        assertEquals(1, edited.exitCode(), edited.all());
        assertTrue(edited.err().contains("error: 0000_init.sql was changed after it was applied (applied sha256 "), edited.all());
        assertTrue(edited.err().contains("migrate: nothing was applied to local.db"), edited.all());

        CliRun status = CliRun.in(dir, "status");
        assertEquals(1, status.exitCode(), status.all());
        assertTrue(status.out().contains("EDITED       0000_init"), status.all());
    }

    @Test
    void outOfOrderExits1UnlessAllowed() throws Exception {
        add(out(), "0000_init", USERS, true, FIRST_WHEN);
        add(out(), "0001_posts", "CREATE TABLE `posts` (`id` integer PRIMARY KEY);", true, FIRST_WHEN + 5000);
        assertEquals(0, CliRun.in(dir, "migrate").exitCode());
        add(out(), "0002_tags", "CREATE TABLE `tags` (`id` integer PRIMARY KEY);", true, FIRST_WHEN + 2000);
        CliRun refused = CliRun.in(dir, "migrate");
        assertEquals(1, refused.exitCode(), refused.all());
        assertTrue(refused.err().contains("0002_tags.sql is pending but older than the newest applied migration"), refused.all());
        CliRun allowed = CliRun.in(dir, "migrate", "--allow-out-of-order");
        assertEquals(0, allowed.exitCode(), allowed.all());
        assertTrue(allowed.out().startsWith("Applied 0002_tags"), allowed.all());
    }

    @Test
    void aFailingMigrationExits3NamingFileAndStatementAndKeepsTheOnesBefore() throws Exception {
        add(out(), "0000_init", USERS);
        add(out(), "0001_broken", drizzleKit("CREATE TABLE `posts` (`id` integer PRIMARY KEY);", "INSERT INTO `nowhere` VALUES (1);"));
        add(out(), "0002_tags", "CREATE TABLE `tags` (`id` integer PRIMARY KEY);");
        CliRun run = CliRun.in(dir, "migrate");
        assertEquals(3, run.exitCode(), run.all());
        assertEquals("Applied 0000_init (1 statement)\n", run.out());
        assertTrue(run.err().contains("migrate: 0001_broken.sql failed and was rolled back (the 1 migration before it stay applied)"),
                run.all());
        assertTrue(run.err().contains("INSERT INTO `nowhere` VALUES (1)"), run.all());
        CliRun status = CliRun.in(dir, "status");
        assertEquals(0, status.exitCode(), status.all());
        assertTrue(status.out().startsWith("local.db, migrations: 1 applied, 2 pending\n"), status.all());
        assertTrue(status.out().contains("  applied      0000_init    " + java.time.Instant.ofEpochMilli(FIRST_WHEN)), status.all());
        assertTrue(status.out().contains("  pending      0001_broken"), status.all());
        assertTrue(status.out().contains("No drift"), status.all());
    }

    @Test
    void withoutAMigrationFolderBothExit1() throws Exception {
        CliRun migrate = CliRun.in(dir, "migrate");
        assertEquals(1, migrate.exitCode(), migrate.all());
        assertTrue(migrate.err().contains("migrate: no migration folder: migrations/meta/_journal.json does not exist"), migrate.all());
        assertEquals(1, CliRun.in(dir, "status").exitCode());
        assertFalse(Files.exists(dir.resolve("local.db")));
    }

    @Test
    void aJournalListingAMissingFileExits1() throws Exception {
        add(out(), "0000_init", USERS);
        Files.delete(out().resolve("0000_init.sql"));
        CliRun run = CliRun.in(dir, "migrate");
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("0000_init.sql: error: the journal lists 0000_init"), run.all());
    }

    @Test
    void statusReportsDriftAfterAHandChange() throws Exception {
        add(out(), "0000_init", USERS);
        assertEquals(0, CliRun.in(dir, "migrate").exitCode());
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("local.db"));
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE extra (id integer primary key)");
        }
        CliRun status = CliRun.in(dir, "status");
        assertEquals(0, status.exitCode(), status.all());
        assertTrue(status.out().contains("Drift: local.db differs from what its applied migrations describe"), status.all());
        assertTrue(status.out().contains("  create table extra"), status.all());

        CliRun json = CliRun.in(dir, "status", "--json");
        assertEquals(0, json.exitCode(), json.all());
        JsonObject root = JsonParser.parseString(json.out()).getAsJsonObject();
        assertEquals("local.db", root.get("database").getAsString());
        assertEquals("applied", root.getAsJsonArray("migrations").get(0).getAsJsonObject().get("state").getAsString());
        assertEquals(1, root.getAsJsonArray("drift").size());
    }

    @Test
    void migrateJson() throws Exception {
        add(out(), "0000_init", USERS);
        CliRun run = CliRun.in(dir, "migrate", "--json");
        assertEquals(0, run.exitCode(), run.all());
        JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
        JsonObject applied = root.getAsJsonArray("applied").get(0).getAsJsonObject();
        assertEquals("0000_init", applied.get("tag").getAsString());
        assertEquals(FIRST_WHEN, applied.get("when").getAsLong());
        assertEquals(1, applied.get("statements").getAsInt());
        assertEquals(0, root.getAsJsonArray("problems").size());
    }
}
