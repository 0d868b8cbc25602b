package io.dschema.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dschema push} and {@code dschema diff} from the command line, on the quick start project. */
class PushCommandTest {

    @TempDir
    Path dir;

    private static final String CHANGED = """
            table users {
              id       integer primary key
              position integer not null default 0

              index position_index on (position)
            }
            """;

    @BeforeEach
    void copyQuickstart() throws Exception {
        Path quickstart = TestData.root().resolve("quickstart");
        Files.copy(quickstart.resolve("dschema.json"), dir.resolve("dschema.json"));
        Files.copy(quickstart.resolve("schema.dschema"), dir.resolve("schema.dschema"));
    }

    /** The "done when": push, rows, a change with a rename question; refused without a terminal, kept with --force. */
    @Test
    void quickstartPushThenAChangeThatNeedsAnAnswer() throws Exception {
        CliRun first = CliRun.in(dir, "push");
        assertEquals(0, first.exitCode(), first.all());
        assertTrue(Files.exists(dir.resolve("local.db")));
        sql("INSERT INTO users (id, name) VALUES (1, 'ann'), (2, 'bob'), (3, 'cy')");

        Files.writeString(dir.resolve("schema.dschema"), CHANGED);
        long version = pragma("schema_version");
        CliRun refused = CliRun.in(dir, "push");
        assertEquals(2, refused.exitCode(), refused.all());
        assertTrue(refused.err().contains("renamed from name"), refused.all());
        assertTrue(refused.err().contains("schema.dschema:3:"), refused.all());
        assertEquals(version, pragma("schema_version"), "a refused push changed the schema");

        CliRun forced = CliRun.in(dir, "push", "--force");
        assertEquals(0, forced.exitCode(), forced.all());
        assertEquals(List.of("1|0", "2|0", "3|0"), rows("SELECT id, position FROM users ORDER BY id"));
        assertTrue(forced.out().contains("Backup of local.db"), forced.all());
    }

    @Test
    void aSecondPushHasNothingToDoAndLeavesTheFileAlone() throws Exception {
        assertEquals(0, CliRun.in(dir, "push").exitCode());
        long version = pragma("schema_version");
        long modified = Files.getLastModifiedTime(dir.resolve("local.db")).toMillis();
        CliRun again = CliRun.in(dir, "push");
        assertEquals(0, again.exitCode(), again.all());
        assertTrue(again.out().contains("No changes"), again.all());
        assertEquals(version, pragma("schema_version"));
        assertEquals(modified, Files.getLastModifiedTime(dir.resolve("local.db")).toMillis());
    }

    @Test
    void dataLossWithoutATerminalIsRefusedUnlessForced() throws Exception {
        assertEquals(0, CliRun.in(dir, "push").exitCode());
        sql("INSERT INTO users (id, name) VALUES (1, 'ann'), (2, 'bob')");
        Files.writeString(dir.resolve("schema.dschema"), "table users {\n  id integer primary key\n}\n");
        CliRun refused = CliRun.in(dir, "push");
        assertEquals(2, refused.exitCode(), refused.all());
        assertTrue(refused.err().contains("2 values in users.name"), refused.all());
        assertEquals(List.of("1|ann", "2|bob"), rows("SELECT id, name FROM users ORDER BY id"));
        assertEquals(0, CliRun.in(dir, "push", "--force").exitCode());
        assertEquals(List.of("1", "2"), rows("SELECT * FROM users ORDER BY id"));
    }

    @Test
    void dataThatMakesAChangeFailIsRefusedEvenWithForce() throws Exception {
        assertEquals(0, CliRun.in(dir, "push").exitCode());
        sql("INSERT INTO users (id, name) VALUES (1, 'ann'), (2, 'ann')");
        Files.writeString(dir.resolve("schema.dschema"), "table users {\n  id   integer primary key\n  name text not null unique\n}\n");
        CliRun refused = CliRun.in(dir, "push", "--force");
        assertEquals(2, refused.exitCode(), refused.all());
        assertTrue(refused.err().contains("users"), refused.all());
        assertEquals(1, rows("SELECT name FROM sqlite_master WHERE name = 'name_index'").size(), "nothing was changed");
    }

    @Test
    void onATerminalTheUserAnswersTheRenameAndConfirms() throws Exception {
        assertEquals(0, CliRun.in(dir, "push").exitCode());
        sql("INSERT INTO users (id, name) VALUES (1, 'ann')");
        Files.writeString(dir.resolve("schema.dschema"), "table users {\n  id        integer primary key\n  full_name text not null\n}\n");
        Scripted terminal = new Scripted(1);   // rename name -> full_name
        CliRun run = runWith(terminal, "push");
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(terminal.questions.get(0).contains("full_name"), terminal.questions.toString());
        assertEquals(List.of("1|ann"), rows("SELECT id, full_name FROM users"));
    }

    @Test
    void onATerminalNoMeansNothingChanges() throws Exception {
        assertEquals(0, CliRun.in(dir, "push").exitCode());
        sql("INSERT INTO users (id, name) VALUES (1, 'ann')");
        Files.writeString(dir.resolve("schema.dschema"), "table users {\n  id integer primary key\n}\n");
        Scripted terminal = new Scripted(0);   // No, abort
        CliRun run = runWith(terminal, "push");
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(terminal.questions.get(0).contains("1 values in users.name") || terminal.questions.get(0).contains("users.name"),
                terminal.questions.toString());
        assertEquals(List.of("1|ann"), rows("SELECT id, name FROM users"));
    }

    @Test
    void diffPrintsThePlanAndAppliesNothing() throws Exception {
        assertEquals(0, CliRun.in(dir, "push").exitCode());
        Files.writeString(dir.resolve("schema.dschema"), "table users {\n  id   integer primary key\n  name text not null\n  bio  text\n}\n");
        long version = pragma("schema_version");
        CliRun diff = CliRun.in(dir, "diff");
        assertEquals(0, diff.exitCode(), diff.all());
        assertTrue(diff.out().contains("ALTER TABLE \"users\" ADD COLUMN \"bio\" text"), diff.all());
        assertEquals(version, pragma("schema_version"));

        CliRun json = CliRun.in(dir, "diff", "--json");
        JsonObject root = JsonParser.parseString(json.out()).getAsJsonObject();
        assertEquals("local.db", root.get("database").getAsString());
        assertFalse(root.getAsJsonArray("changes").isEmpty());
    }

    @Test
    void aMissingDatabaseIsCreatedByPushButNeverByDiff() throws Exception {
        CliRun diff = CliRun.in(dir, "diff");
        assertEquals(0, diff.exitCode(), diff.all());
        assertFalse(Files.exists(dir.resolve("local.db")), "diff created the database file");
    }

    @Test
    void strictModeAsksEvenForASafePush() throws Exception {
        assertEquals(0, CliRun.in(dir, "push").exitCode());
        Files.writeString(dir.resolve("schema.dschema"), "table users {\n  id   integer primary key\n  name text not null\n  bio  text\n}\n");
        CliRun refused = CliRun.in(dir, "push", "--strict");
        assertEquals(2, refused.exitCode(), refused.all());
        assertTrue(refused.err().contains("strict"), refused.all());
        assertEquals(List.of(), rows("SELECT name FROM pragma_table_info('users') WHERE name = 'bio'"));
        Scripted yes = new Scripted(1);
        CliRun confirmed = runWith(yes, "push", "--strict");
        assertEquals(0, confirmed.exitCode(), confirmed.all());
        assertEquals(1, yes.questions.size());
        assertEquals(List.of("bio"), rows("SELECT name FROM pragma_table_info('users') WHERE name = 'bio'"));
    }

    @Test
    void verbosePrintsEveryStatement() throws Exception {
        CliRun run = CliRun.in(dir, "push", "--verbose");
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().contains("CREATE TABLE \"users\""), run.all());
        assertTrue(run.out().contains("CREATE INDEX \"name_index\""), run.all());
    }

    @Test
    void aLockedDatabaseIsADatabaseErrorAndNothingChanges() throws Exception {
        assertEquals(0, CliRun.in(dir, "push").exitCode());
        Files.writeString(dir.resolve("schema.dschema"), "table users {\n  id   integer primary key\n  name text not null\n  bio  text\n}\n");
        try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("local.db"));
             Statement st = holder.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            CliRun locked = CliRun.in(dir, "push");
            assertEquals(3, locked.exitCode(), locked.all());
            assertTrue(locked.err().toLowerCase(java.util.Locale.ROOT).contains("lock"), locked.all());
            st.execute("ROLLBACK");
        }
        assertEquals(List.of(), rows("SELECT name FROM pragma_table_info('users') WHERE name = 'bio'"));
    }

    @Test
    void aBrokenSchemaIsInvalidInputAndTouchesNothing() throws Exception {
        Files.writeString(dir.resolve("schema.dschema"), "table users {\n  id integer primary key\n  name text references nowhere(id)\n}\n");
        CliRun run = CliRun.in(dir, "push");
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.all().contains("schema.dschema:3:"), run.all());
        assertFalse(Files.exists(dir.resolve("local.db")));
    }

    private CliRun runWith(Terminal terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment environment = new Environment(dir, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true), terminal);
        int code = Main.run(environment, args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** A terminal that answers from a script and remembers what it was asked. */
    private static final class Scripted implements Terminal {
        final Deque<Integer> answers = new ArrayDeque<>();
        final List<String> questions = new ArrayList<>();

        Scripted(Integer... answers) {
            this.answers.addAll(List.of(answers));
        }

        @Override
        public int choose(String question, List<String> choices) {
            questions.add(question + " " + choices);
            return answers.isEmpty() ? 1 : answers.poll();
        }
    }

    private void sql(String statement) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("local.db"));
             Statement st = connection.createStatement()) {
            st.execute(statement);
        }
    }

    private long pragma(String name) throws Exception {
        return Long.parseLong(rows("PRAGMA " + name).get(0));
    }

    private List<String> rows(String query) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("local.db"));
             Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    values.add(String.valueOf(rs.getObject(c)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
