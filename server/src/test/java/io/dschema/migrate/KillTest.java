package io.dschema.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dschema.db.Database;
import io.dschema.db.Databases;
import io.dschema.diff.RenameAnswers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A push process killed in the middle of a rebuild leaves the database exactly as it was, schema
 * and rows. The push rebuilds a parent table with cascading, set-null and restricting children, a
 * view, a trigger, indexes and an autoincrement sequence; the child process halts before a sampled
 * statement (every statement with {@code -Ddschema.killAll=true}), then the file is compared with
 * the original and pushed again, which must then succeed.
 */
class KillTest {

    static final String BEFORE = """
            CREATE TABLE teams (id integer PRIMARY KEY AUTOINCREMENT, name text);
            CREATE TABLE users (id integer PRIMARY KEY, team_id integer REFERENCES teams(id) ON DELETE CASCADE, email text, name text);
            CREATE UNIQUE INDEX users_email_unique ON users (email);
            CREATE INDEX users_name ON users (name);
            CREATE TABLE badges (id integer PRIMARY KEY, user_id integer REFERENCES users(id) ON DELETE SET NULL);
            CREATE TABLE audit (id integer PRIMARY KEY, what text);
            CREATE VIEW team_names AS SELECT id, name FROM teams;
            CREATE TRIGGER teams_audit AFTER DELETE ON teams BEGIN INSERT INTO audit (what) VALUES ('deleted ' || old.id); END;
            """;

    static final String TARGET = """
            table teams {
              id       integer primary key autoincrement
              name     text    not null default 'unnamed'
              region   text
            }

            table users {
              id      integer primary key
              team_id integer references teams(id) on delete cascade
              email   text    unique
              name    text    not null default ''

              index users_name on (name)
            }

            table badges {
              id      integer primary key
              user_id integer references users(id) on delete set null
            }

            table audit {
              id   integer primary key
              what text
            }
            """;

    @TempDir
    static Path temp;
    static Path pristine;
    static Path schema;
    static String rows;
    static String objects;
    static int statements;

    @BeforeAll
    static void prepare() throws Exception {
        pristine = temp.resolve("pristine.db");
        SqliteFiles.run(pristine, BEFORE);
        StringBuilder data = new StringBuilder();
        for (int t = 1; t <= 20; t++) {
            data.append("INSERT INTO teams (name) VALUES (").append(t % 3 == 0 ? "NULL" : "'team " + t + "'").append(");\n");
        }
        for (int u = 1; u <= 200; u++) {
            data.append("INSERT INTO users VALUES (").append(u).append(", ").append(1 + u % 20).append(", 'u").append(u)
                    .append("@x', ").append(u % 7 == 0 ? "NULL" : "'user " + u + "'").append(");\n");
            data.append("INSERT INTO badges VALUES (").append(u).append(", ").append(u).append(");\n");
        }
        data.append("DELETE FROM teams WHERE id = 20;\n"); // cascades, fires the trigger, leaves a sequence gap
        SqliteFiles.run(pristine, data.toString());
        schema = temp.resolve("schema.dschema");
        Files.writeString(schema, TARGET);
        rows = SqliteFiles.dumpRows(pristine);
        objects = objects(pristine);
        Result counted = child(pristine, "count");
        assertEquals(0, counted.exit, "the child could not plan: " + counted.output);
        String[] lines = counted.output.strip().split("\n");
        statements = Integer.parseInt(lines[lines.length - 1].strip());
        assertTrue(statements > 10, "the push should run a rebuild, not " + statements + " statements");
    }

    @TestFactory
    List<DynamicTest> killedAtEverySampledStatement() {
        TreeSet<Integer> points = new TreeSet<>();
        if (Boolean.getBoolean("dschema.killAll")) {
            for (int i = 1; i <= statements; i++) {
                points.add(i);
            }
        } else {
            for (int i : new int[] {1, 2, 3, 4, statements / 4, statements / 3, statements / 2, 2 * statements / 3,
                    3 * statements / 4, statements - 2, statements - 1, statements}) {
                points.add(Math.max(1, i));
            }
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (int point : points) {
            tests.add(DynamicTest.dynamicTest("killed before statement " + point + " of " + statements, () -> killAt(point)));
        }
        return tests;
    }

    private void killAt(int point) throws Exception {
        Path copy = temp.resolve("killed-" + point + ".db");
        Files.copy(pristine, copy, StandardCopyOption.REPLACE_EXISTING);
        Result killed = child(copy, Integer.toString(point));
        assertEquals(KillChild.KILLED, killed.exit, "the child was not killed: " + killed.output);
        try (Database database = Databases.open(SqliteFiles.url(copy))) {
            // the next run finds the database as it was: the same plan as before the kill
            PushPreview preview = Push.preview(database, PushGoldenTest.target(TARGET), PushGoldenTest.OPTIONS,
                    RenameAnswers.DROP_AND_CREATE);
            assertEquals(statements, preview.plan().prologue().size() + preview.plan().setup().size()
                    + preview.plan().statements().size() + preview.plan().guards().size());
        }
        assertEquals(objects, objects(copy), "schema after a kill before statement " + point);
        assertEquals(rows, SqliteFiles.dumpRows(copy), "rows after a kill before statement " + point);
        Result again = child(copy, "0");
        assertEquals(0, again.exit, again.output);
        assertTrue(SqliteFiles.dumpRows(copy).contains("region=NULL"), "the push after the kill applied");
    }

    private static String objects(Path file) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection connection = SqliteFiles.connect(file); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")) {
            while (rs.next()) {
                out.append(rs.getString(1)).append(' ').append(rs.getString(2)).append(' ').append(rs.getString(3))
                        .append(": ").append(rs.getString(4)).append('\n');
            }
        }
        return out.toString();
    }

    private record Result(int exit, String output) {
    }

    private static Result child(Path file, String mode) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                KillChild.class.getName(), file.toString(), schema.toString(), mode)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the child hung");
        return new Result(process.exitValue(), output);
    }
}
