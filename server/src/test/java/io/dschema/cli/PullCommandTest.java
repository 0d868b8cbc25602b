package io.dschema.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dschema pull} from the command line, on the quick start project. */
class PullCommandTest {

    @TempDir
    Path dir;

    @BeforeEach
    void copyQuickstart() throws Exception {
        Path quickstart = TestData.root().resolve("quickstart");
        Files.copy(quickstart.resolve("dschema.json"), dir.resolve("dschema.json"));
        Files.copy(quickstart.resolve("schema.dschema"), dir.resolve("schema.dschema"));
    }

    /** Push, pull into another file: that file checks, is formatted, and pushing it changes nothing. */
    @Test
    void pullThenPushIsNoChanges() throws Exception {
        assertEquals(0, CliRun.in(dir, "push").exitCode());
        sql("CREATE VIEW user_names AS SELECT name FROM users");
        CliRun pull = CliRun.in(dir, "pull", "--output", "pulled.dschema");
        assertEquals(0, pull.exitCode(), pull.all());
        assertTrue(pull.out().contains("Pulled 1 table from local.db into pulled.dschema"), pull.all());
        String text = Files.readString(dir.resolve("pulled.dschema"));
        assertEquals("""
                table users {
                  id   integer primary key
                  name text    not null

                  index name_index on (name)
                }

                // Not part of the language, kept as they are by push:
                // view user_names
                """, text);
        assertEquals(0, CliRun.in(dir, "check", "--schema", "pulled.dschema").exitCode());
        assertEquals(0, CliRun.in(dir, "fmt", "--check", "--schema", "pulled.dschema").exitCode());
        CliRun push = CliRun.in(dir, "push", "--schema", "pulled.dschema");
        assertEquals(0, push.exitCode(), push.all());
        assertTrue(push.out().contains("No changes"), push.all());
    }

    @Test
    void anExistingFileIsRefusedWithoutForce() throws Exception {
        assertEquals(0, CliRun.in(dir, "push").exitCode());
        String before = Files.readString(dir.resolve("schema.dschema"));
        CliRun refused = CliRun.in(dir, "pull");
        assertEquals(1, refused.exitCode(), refused.all());
        assertTrue(refused.err().contains("schema.dschema exists already"), refused.all());
        assertTrue(refused.err().contains("--force"), refused.all());
        assertEquals(before, Files.readString(dir.resolve("schema.dschema")));

        CliRun forced = CliRun.in(dir, "pull", "--force");
        assertEquals(0, forced.exitCode(), forced.all());
        assertFalse(Files.readString(dir.resolve("schema.dschema")).contains("///"), "the doc comment is not in the database");
    }

    @Test
    void aTableWithOnConflictIsRefusedByName() throws Exception {
        sql("CREATE TABLE tags (id integer PRIMARY KEY, label text UNIQUE ON CONFLICT REPLACE)");
        sql("CREATE TABLE notes (id integer PRIMARY KEY)");
        Files.delete(dir.resolve("schema.dschema"));
        CliRun refused = CliRun.in(dir, "pull");
        assertEquals(1, refused.exitCode(), refused.all());
        assertTrue(refused.err().contains("table tags: column label has ON CONFLICT REPLACE"), refused.all());
        assertTrue(refused.err().contains("nothing written"), refused.all());
        assertFalse(Files.exists(dir.resolve("schema.dschema")));
    }

    @Test
    void aConstraintNameIsDroppedWithAWarning() throws Exception {
        sql("CREATE TABLE [Album] ([AlbumId] INTEGER NOT NULL, CONSTRAINT [PK_Album] PRIMARY KEY ([AlbumId]))");
        Files.delete(dir.resolve("schema.dschema"));
        CliRun pull = CliRun.in(dir, "pull");
        assertEquals(0, pull.exitCode(), pull.all());
        assertTrue(pull.err().contains("warning: table Album: a table constraint has CONSTRAINT [PK_Album] PRIMARY KEY"),
                pull.all());
        assertTrue(Files.readString(dir.resolve("schema.dschema")).contains("primary key (AlbumId)"));
    }

    @Test
    void aMissingDatabaseIsAnErrorAndStaysMissing() throws Exception {
        Files.delete(dir.resolve("schema.dschema"));
        CliRun pull = CliRun.in(dir, "pull");
        assertEquals(3, pull.exitCode(), pull.all());
        assertTrue(pull.err().contains("local.db does not exist"), pull.all());
        assertFalse(Files.exists(dir.resolve("local.db")));
        assertFalse(Files.exists(dir.resolve("schema.dschema")));
    }

    @Test
    void theTablesFilterApplies() throws Exception {
        Files.writeString(dir.resolve("dschema.json"), """
                { "schema": "./schema.dschema", "dbCredentials": { "url": "file:./local.db" },
                  "tablesFilter": ["*", "!legacy_*"] }
                """);
        sql("CREATE TABLE users (id integer PRIMARY KEY)");
        sql("CREATE TABLE legacy_users (id integer PRIMARY KEY, a text UNIQUE ON CONFLICT IGNORE)");
        CliRun pull = CliRun.in(dir, "pull", "--output", "out/pulled.dschema", "--json");
        assertEquals(0, pull.exitCode(), pull.all());
        JsonObject json = JsonParser.parseString(pull.out()).getAsJsonObject();
        assertTrue(json.get("written").getAsBoolean());
        assertEquals("[\"users\"]", json.get("tables").toString());
        assertEquals(Path.of("out", "pulled.dschema").toString(), json.get("output").getAsString());
        assertFalse(Files.readString(dir.resolve("out/pulled.dschema")).contains("legacy"));
    }

    private void sql(String statement) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("local.db"));
             Statement run = connection.createStatement()) {
            run.execute(statement);
        }
    }
}
