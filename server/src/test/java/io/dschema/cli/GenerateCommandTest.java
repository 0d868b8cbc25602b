package io.dschema.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.dschema.migrate.DrizzleStyleMigrator;
import io.dschema.migrate.folder.MigrationFile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dschema generate} and {@code dschema check} of the migration folder, on the quick start project. */
class GenerateCommandTest {

    @TempDir
    Path dir;

    private static final String FAMILY = """
            table teams {
              id   integer primary key
              name text
            }

            table users {
              id      integer primary key
              team_id integer references teams(id) on delete cascade
            }

            table notes {
              id      integer primary key
              team_id integer references teams(id) on delete set null
            }
            """;

    @BeforeEach
    void copyQuickstart() throws Exception {
        Path quickstart = TestData.root().resolve("quickstart");
        Files.copy(quickstart.resolve("dschema.json"), dir.resolve("dschema.json"));
        Files.copy(quickstart.resolve("schema.dschema"), dir.resolve("schema.dschema"));
    }

    private Path migrations() {
        return dir.resolve("migrations");
    }

    private String read(String relative) throws Exception {
        return Files.readString(migrations().resolve(relative), StandardCharsets.UTF_8);
    }

    private List<String> sqlFiles() throws Exception {
        try (Stream<Path> files = Files.list(migrations())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
        }
    }

    @Test
    void quickstartWritesDrizzleKitsLayout() throws Exception {
        CliRun run = CliRun.in(dir, "generate");
        assertEquals(0, run.exitCode(), run.all());
        List<String> files = sqlFiles();
        assertEquals(1, files.size());
        assertTrue(files.get(0).matches("0000_[a-z]+_[a-z]+\\.sql"), files.toString());
        String tag = files.get(0).replace(".sql", "");
        assertEquals("CREATE TABLE \"users\" (\n  \"id\" integer PRIMARY KEY,\n  \"name\" text NOT NULL\n);\n"
                + "--> statement-breakpoint\nCREATE INDEX \"name_index\" ON \"users\" (\"name\");", read(tag + ".sql"));
        JsonObject journal = JsonParser.parseString(read("meta/_journal.json")).getAsJsonObject();
        assertEquals("7", journal.get("version").getAsString());
        assertEquals("sqlite", journal.get("dialect").getAsString());
        JsonObject entry = journal.getAsJsonArray("entries").get(0).getAsJsonObject();
        assertEquals(0, entry.get("idx").getAsInt());
        assertEquals("6", entry.get("version").getAsString());
        assertEquals(tag, entry.get("tag").getAsString());
        assertTrue(entry.get("breakpoints").getAsBoolean());
        assertTrue(Math.abs(entry.get("when").getAsLong() - System.currentTimeMillis()) < 60_000);
        String snapshotText = read("meta/0000_snapshot.json");
        assertFalse(snapshotText.endsWith("\n"));
        JsonObject snapshot = JsonParser.parseString(snapshotText).getAsJsonObject();
        assertEquals("00000000-0000-0000-0000-000000000000", snapshot.get("prevId").getAsString());
        assertTrue(snapshot.get("id").getAsString().matches("[0-9a-f-]{36}"));
        JsonObject users = snapshot.getAsJsonObject("tables").getAsJsonObject("users");
        assertTrue(users.getAsJsonObject("columns").getAsJsonObject("id").get("primaryKey").getAsBoolean());
        assertFalse(users.getAsJsonObject("indexes").getAsJsonObject("name_index").get("isUnique").getAsBoolean());

        CliRun again = CliRun.in(dir, "generate");
        assertEquals(0, again.exitCode(), again.all());
        assertEquals("No schema changes, nothing to migrate\n", again.out());
        assertEquals(1, sqlFiles().size());
        CliRun check = CliRun.in(dir, "check");
        assertEquals(0, check.exitCode(), check.all());
    }

    /** The "done when": a rebuilt parent with CASCADE and SET NULL children keeps every child row under drizzle-orm's migrator. */
    @Test
    void rebuiltParentKeepsItsChildrenUnderDrizzlesMigrator() throws Exception {
        Files.writeString(dir.resolve("schema.dschema"), FAMILY);
        assertEquals(0, CliRun.in(dir, "generate", "--name", "init").exitCode());
        Path db = dir.resolve("prod.db");
        assertEquals(1, DrizzleStyleMigrator.migrate(db, migrations()));
        sql(db, "INSERT INTO teams VALUES (1, 'red'), (2, NULL)");
        sql(db, "INSERT INTO users VALUES (1, 1), (2, 2)");
        sql(db, "INSERT INTO notes VALUES (1, 1), (2, 2)");

        Files.writeString(dir.resolve("schema.dschema"), FAMILY.replace("name text", "name text not null default 'unnamed'"));
        CliRun second = CliRun.in(dir, "generate", "--name", "team_name_required");
        assertEquals(0, second.exitCode(), second.all());
        assertTrue(Files.exists(migrations().resolve("0001_team_name_required.sql")));
        assertEquals(1, DrizzleStyleMigrator.migrate(db, migrations()));
        assertEquals(List.of("1|red", "2|unnamed"), rows(db, "SELECT id, name FROM teams ORDER BY id"));
        assertEquals(List.of("1|1", "2|2"), rows(db, "SELECT id, team_id FROM users ORDER BY id"));
        assertEquals(List.of("1|1", "2|2"), rows(db, "SELECT id, team_id FROM notes ORDER BY id"));
        assertEquals(0, DrizzleStyleMigrator.migrate(db, migrations()));

        JsonObject snapshot = JsonParser.parseString(read("meta/0001_snapshot.json")).getAsJsonObject();
        JsonObject first = JsonParser.parseString(read("meta/0000_snapshot.json")).getAsJsonObject();
        assertEquals(first.get("id").getAsString(), snapshot.get("prevId").getAsString());
        JsonObject keys = snapshot.getAsJsonObject("tables").getAsJsonObject("notes").getAsJsonObject("foreignKeys");
        JsonObject key = keys.getAsJsonObject("notes_team_id_teams_id_fk");
        assertEquals("set null", key.get("onDelete").getAsString());
        assertEquals("no action", key.get("onUpdate").getAsString());
        CliRun check = CliRun.in(dir, "check");
        assertEquals(0, check.exitCode(), check.all());
    }

    @Test
    void aRenameByHintIsRecordedInMeta() throws Exception {
        assertEquals(0, CliRun.in(dir, "generate", "--name", "init").exitCode());
        Files.writeString(dir.resolve("schema.dschema"), """
                table people renamed from users {
                  id        integer primary key
                  full_name text    not null renamed from name

                  index name_index on (full_name)
                }
                """);
        CliRun run = CliRun.in(dir, "generate", "--name", "rename");
        assertEquals(0, run.exitCode(), run.all());
        JsonObject meta = JsonParser.parseString(read("meta/0001_snapshot.json")).getAsJsonObject().getAsJsonObject("_meta");
        assertTrue(meta.getAsJsonObject("dschema").has("sqlHash"));
        meta.remove("dschema");
        assertEquals("{\"schemas\":{},\"tables\":{\"\\\"users\\\"\":\"\\\"people\\\"\"},"
                + "\"columns\":{\"\\\"people\\\".\\\"name\\\"\":\"\\\"people\\\".\\\"full_name\\\"\"}}", meta.toString());
        assertEquals(0, CliRun.in(dir, "check").exitCode());
    }

    @Test
    void anOpenRenameQuestionRefusesWithoutATerminal() throws Exception {
        assertEquals(0, CliRun.in(dir, "generate", "--name", "init").exitCode());
        Files.writeString(dir.resolve("schema.dschema"), "table users {\n  id integer primary key\n  full_name text not null\n}\n");
        CliRun run = CliRun.in(dir, "generate");
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains("add \"renamed from name\" to column users.full_name"), run.all());
        assertEquals(1, sqlFiles().size());
    }

    @Test
    void customMigrationAndNameCollision() throws Exception {
        assertEquals(0, CliRun.in(dir, "generate", "--name", "init").exitCode());
        CliRun custom = CliRun.in(dir, "generate", "--custom", "--name", "seed");
        assertEquals(0, custom.exitCode(), custom.all());
        assertEquals("-- Custom SQL migration file, put your code below! --", read("0001_seed.sql"));
        JsonObject first = JsonParser.parseString(read("meta/0000_snapshot.json")).getAsJsonObject();
        JsonObject second = JsonParser.parseString(read("meta/0001_snapshot.json")).getAsJsonObject();
        assertEquals(first.get("id").getAsString(), second.get("prevId").getAsString());
        assertEquals(first.get("tables"), second.get("tables"));
        // the user writes SQL into it: check neither calls it edited nor compares it with its snapshot
        Files.writeString(migrations().resolve("0001_seed.sql"), "INSERT INTO users (name) VALUES ('first');");
        CliRun check = CliRun.in(dir, "check");
        assertEquals(0, check.exitCode(), check.all());

        // index 0002 with the name of an existing file is fine; a prefix "none" would collide
        Files.writeString(dir.resolve("dschema.json"), "{\"schema\": \"./schema.dschema\", \"out\": \"./migrations\","
                + " \"migrations\": {\"prefix\": \"none\"}}");
        assertEquals(0, CliRun.in(dir, "generate", "--custom", "--name", "again").exitCode());
        assertTrue(Files.exists(migrations().resolve("_again.sql")));
        assertTrue(Files.exists(migrations().resolve("meta/0002_snapshot.json")));
        Files.writeString(migrations().resolve("_again2.sql"), "");
        CliRun collision = CliRun.in(dir, "generate", "--custom", "--name", "again2");
        assertEquals(1, collision.exitCode(), collision.all());
        assertTrue(collision.err().contains("_again2.sql: error[DS3101]: already exists"), collision.all());
    }

    @Test
    void aBranchCollisionIsReportedNamingBothSnapshots() throws Exception {
        assertEquals(0, CliRun.in(dir, "generate", "--name", "init").exitCode());
        Files.writeString(dir.resolve("schema.dschema"), "table users {\n  id integer primary key\n  name text not null\n  a text\n}\n");
        assertEquals(0, CliRun.in(dir, "generate", "--name", "a").exitCode());
        // another branch generated 0001 from the same parent
        String branch = read("meta/0001_snapshot.json").replaceFirst("\"id\": \"[0-9a-f-]+\"", "\"id\": \"11111111-2222-4333-8444-555555555555\"");
        Files.writeString(migrations().resolve("meta/0001b_snapshot.json"), branch);
        Files.writeString(dir.resolve("schema.dschema"), "table users {\n  id integer primary key\n  name text not null\n  a text\n  b text\n}\n");
        CliRun run = CliRun.in(dir, "generate");
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("error[DS3102]: collision: 0001_snapshot.json and 0001b_snapshot.json both follow snapshot"), run.all());
        assertEquals(2, sqlFiles().size());
    }

    @Test
    void checkNamesAnEditedOrMissingFileABrokenChainAndPendingChanges() throws Exception {
        assertEquals(0, CliRun.in(dir, "generate", "--name", "init").exitCode());
        Files.writeString(dir.resolve("schema.dschema"), "table users {\n  id integer primary key\n  name text not null\n  a text\n}\n");
        assertEquals(0, CliRun.in(dir, "generate", "--name", "add_a").exitCode());
        assertEquals(0, CliRun.in(dir, "check").exitCode());

        String original = read("0001_add_a.sql");
        Files.writeString(migrations().resolve("0001_add_a.sql"), original.replace("\"a\" text", "\"a\" integer"));
        CliRun edited = CliRun.in(dir, "check");
        assertEquals(1, edited.exitCode(), edited.all());
        assertTrue(edited.err().contains("0001_add_a.sql: error[DS3103]: changed after it was generated"), edited.all());

        Files.delete(migrations().resolve("0001_add_a.sql"));
        CliRun missing = CliRun.in(dir, "check");
        assertEquals(1, missing.exitCode(), missing.all());
        assertTrue(missing.err().contains("0001_add_a.sql: error[DS3101]"), missing.all());
        Files.writeString(migrations().resolve("0001_add_a.sql"), original);

        String snapshot = read("meta/0001_snapshot.json");
        Files.writeString(migrations().resolve("meta/0001_snapshot.json"),
                snapshot.replaceFirst("\"prevId\": \"[0-9a-f-]+\"", "\"prevId\": \"99999999-9999-4999-8999-999999999999\""));
        CliRun broken = CliRun.in(dir, "check");
        assertEquals(1, broken.exitCode(), broken.all());
        assertTrue(broken.err().contains("0001_snapshot.json: error[DS3102]: broken chain"), broken.all());
        Files.writeString(migrations().resolve("meta/0001_snapshot.json"), snapshot);

        Files.writeString(dir.resolve("schema.dschema"), "table users {\n  id integer primary key\n  name text not null\n  a text\n  b text\n}\n");
        CliRun pending = CliRun.in(dir, "check");
        assertEquals(1, pending.exitCode(), pending.all());
        assertTrue(pending.err().contains("error[DS3106]: the schema has a change that no migration holds: add column users.b"),
                pending.all());
        assertTrue(pending.err().contains("run dschema generate"), pending.all());
    }

    @Test
    void withoutAFolderCheckOnlyValidatesTheSchema() {
        CliRun check = CliRun.in(dir, "check");
        assertEquals(0, check.exitCode(), check.all());
        assertFalse(Files.exists(migrations()));
    }

    private static void sql(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> rows(Path db, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1) + "|" + rs.getString(2));
            }
        }
        return out;
    }
}
