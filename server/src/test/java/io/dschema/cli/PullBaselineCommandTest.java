package io.dschema.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.dschema.migrate.DrizzleStyleMigrator;
import io.dschema.migrate.folder.MigrationFile;
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

/** {@code dschema pull --baseline} on a database made by hand, then the migration commands on it. */
class PullBaselineCommandTest {

    private static final String BY_HAND = """
            CREATE TABLE authors (id integer PRIMARY KEY, name text NOT NULL UNIQUE, born integer CHECK (born > 0));
            CREATE TABLE books (id integer PRIMARY KEY AUTOINCREMENT, author_id integer NOT NULL REFERENCES authors(id) ON DELETE CASCADE,
              title text NOT NULL, price real DEFAULT 0);
            CREATE INDEX books_title ON books (title);
            CREATE TABLE tags (book_id integer NOT NULL, tag text NOT NULL COLLATE NOCASE, PRIMARY KEY (book_id, tag)) WITHOUT ROWID;
            CREATE VIEW book_titles AS SELECT b.title, a.name FROM books b JOIN authors a ON a.id = b.author_id;
            INSERT INTO authors VALUES (1, 'Ann', 1970), (2, 'Bob', 1980);
            INSERT INTO books (author_id, title, price) VALUES (1, 'One', 9.5), (2, 'Two', 12);
            INSERT INTO tags VALUES (1, 'fiction'), (2, 'poetry');
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void project() throws Exception {
        Files.writeString(dir.resolve("dschema.json"), """
                {"schema": "./schema.dschema", "out": "./migrations", "dbCredentials": {"url": "file:./local.db"}}
                """);
        sql(BY_HAND);
    }

    @Test
    void adoptsTheDatabaseThenGenerateHoldsOnlyNewChanges() throws Exception {
        String schemaBefore = objects();
        String rowsBefore = rows();
        CliRun pull = CliRun.in(dir, "pull", "--baseline", "--name", "adopted");
        assertEquals(0, pull.exitCode(), pull.all());
        assertTrue(pull.out().contains("Pulled 3 tables from local.db into schema.dschema"), pull.all());
        assertTrue(pull.out().contains("Baseline 0000_adopted written"), pull.all());

        Path sqlFile = dir.resolve("migrations/0000_adopted.sql");
        String sqlText = Files.readString(sqlFile);
        assertTrue(sqlText.startsWith("-- Current sql file was generated after introspecting the database\n"
                + "-- If you want to run this migration please uncomment this code before executing migrations\n/*\n"), sqlText);
        assertTrue(sqlText.endsWith("\n*/"), sqlText);
        assertTrue(sqlText.contains("CREATE TABLE \"books\""), sqlText);
        assertTrue(sqlText.contains("CREATE VIEW book_titles"), sqlText);
        assertFalse(sqlText.contains(MigrationFile.BREAKPOINT), "drizzle-orm would split inside the comment");
        assertTrue(Files.exists(dir.resolve("migrations/meta/0000_snapshot.json")));
        JsonObject journal = JsonParser.parseString(Files.readString(dir.resolve("migrations/meta/_journal.json"))).getAsJsonObject();
        JsonObject entry = journal.getAsJsonArray("entries").get(0).getAsJsonObject();
        assertEquals("0000_adopted", entry.get("tag").getAsString());
        assertTrue(Files.readString(dir.resolve("schema.dschema")).contains("table books"));

        // the row, as drizzle-orm records one; nothing else in the database changed
        assertEquals(List.of(new MigrationFile(null, sqlText).hash() + " " + entry.get("when").getAsLong()),
                query("SELECT hash || ' ' || created_at FROM __drizzle_migrations"));
        assertEquals(schemaBefore, objects());
        assertEquals(rowsBefore, rows());

        CliRun generate = CliRun.in(dir, "generate");
        assertEquals(0, generate.exitCode(), generate.all());
        assertTrue(generate.out().contains("No schema changes"), generate.all());
        CliRun migrate = CliRun.in(dir, "migrate");
        assertEquals(0, migrate.exitCode(), migrate.all());
        assertTrue(migrate.out().contains("No pending migrations"), migrate.all());
        CliRun status = CliRun.in(dir, "status");
        assertEquals(0, status.exitCode(), status.all());
        assertTrue(status.out().contains("1 applied, 0 pending"), status.all());
        assertTrue(status.out().contains("applied      0000_adopted"), status.all());
        assertTrue(status.out().contains("No drift"), status.all());
        assertEquals("", status.err(), status.all());
        CliRun check = CliRun.in(dir, "check");
        assertEquals(0, check.exitCode(), check.all());

        // a change: 0001 holds only it, and migrate applies it keeping every row
        Path schema = dir.resolve("schema.dschema");
        String pulled = Files.readString(schema);
        int authors = pulled.indexOf("table authors {");
        int end = pulled.indexOf("\n}", authors);
        Files.writeString(schema, pulled.substring(0, end) + "\n  country text" + pulled.substring(end));
        CliRun next = CliRun.in(dir, "generate", "--name", "country");
        assertEquals(0, next.exitCode(), next.all());
        assertTrue(next.out().contains("(1 change)\n  add column authors.country\n"), pulled + next.all());
        String nextSql = Files.readString(dir.resolve("migrations/0001_country.sql"));
        assertTrue(nextSql.contains("ALTER TABLE \"authors\" ADD COLUMN \"country\" text;"), nextSql);
        assertFalse(nextSql.contains("CREATE TABLE \"authors\"") || nextSql.contains("\"books\" ("), nextSql);
        // drizzle-orm's migrator on a copy of the adopted database runs only 0001 as well
        Path copy = dir.resolve("copy.db");
        Files.copy(dir.resolve("local.db"), copy);
        assertEquals(1, DrizzleStyleMigrator.migrate(copy, dir.resolve("migrations")));
        CliRun applied = CliRun.in(dir, "migrate");
        assertEquals(0, applied.exitCode(), applied.all());
        assertTrue(applied.out().contains("Applied 0001_country"), applied.all());
        assertEquals(List.of("1 Ann 1970 -", "2 Bob 1980 -"),
                query("SELECT id || ' ' || name || ' ' || born || ' ' || coalesce(country, '-') FROM authors ORDER BY id"));
        assertEquals(rowsBefore, rows().replace("|null", ""), "the rows are kept (the new column is NULL)");
        CliRun after = CliRun.in(dir, "status");
        assertTrue(after.out().contains("2 applied, 0 pending") && after.out().contains("No drift"), after.all());
        assertEquals(0, CliRun.in(dir, "check").exitCode());
    }

    @Test
    void aFolderWithAHistoryIsRefused() throws Exception {
        assertEquals(0, CliRun.in(dir, "pull", "--baseline").exitCode());
        Files.delete(dir.resolve("schema.dschema"));
        sql("DELETE FROM __drizzle_migrations");
        String before = rows();
        CliRun again = CliRun.in(dir, "pull", "--baseline");
        assertEquals(1, again.exitCode(), again.all());
        assertTrue(again.err().contains("migrations/meta/_journal.json lists 1 migration already"), again.all());
        assertFalse(Files.exists(dir.resolve("schema.dschema")), "nothing written");
        assertEquals(before, rows());
        assertEquals(1, listing(dir.resolve("migrations")).stream().filter(name -> name.endsWith(".sql")).count());
    }

    @Test
    void aMigratedDatabaseIsRefusedNamingTheTable() throws Exception {
        sql(MIGRATIONS_TABLE + "; INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('abc', 1700000000000)");
        CliRun refused = CliRun.in(dir, "pull", "--baseline");
        assertEquals(1, refused.exitCode(), refused.all());
        assertTrue(refused.err().contains("local.db is migrated already: its table __drizzle_migrations records 1 migration"),
                refused.all());
        assertFalse(Files.exists(dir.resolve("migrations")), "nothing written");
        assertFalse(Files.exists(dir.resolve("schema.dschema")));
    }

    @Test
    void anEmptyMigrationsTableIsKeptAndFilled() throws Exception {
        sql(MIGRATIONS_TABLE);
        CliRun pull = CliRun.in(dir, "pull", "--baseline");
        assertEquals(0, pull.exitCode(), pull.all());
        assertEquals(1, query("SELECT hash FROM __drizzle_migrations").size());
    }

    @Test
    void anExistingSchemaFileIsNotWrittenOverWithoutForce() throws Exception {
        Files.writeString(dir.resolve("schema.dschema"), "table mine {\n  id integer primary key\n}\n");
        CliRun refused = CliRun.in(dir, "pull", "--baseline");
        assertEquals(1, refused.exitCode(), refused.all());
        assertTrue(refused.err().contains("schema.dschema exists already"), refused.all());
        assertFalse(Files.exists(dir.resolve("migrations")));
        assertTrue(query("SELECT name FROM sqlite_master WHERE name = '__drizzle_migrations'").isEmpty());

        CliRun forced = CliRun.in(dir, "pull", "--baseline", "--force");
        assertEquals(0, forced.exitCode(), forced.all());
        assertTrue(Files.readString(dir.resolve("schema.dschema")).contains("table authors"));
    }

    @Test
    void aTableASchemaCannotSayWritesNothing() throws Exception {
        sql("CREATE TABLE odd (id integer PRIMARY KEY, v text UNIQUE ON CONFLICT REPLACE)");
        CliRun refused = CliRun.in(dir, "pull", "--baseline");
        assertEquals(1, refused.exitCode(), refused.all());
        assertTrue(refused.err().contains("table odd"), refused.all());
        assertFalse(Files.exists(dir.resolve("migrations")));
        assertTrue(query("SELECT name FROM sqlite_master WHERE name = '__drizzle_migrations'").isEmpty());
    }

    @Test
    void aMissingDatabaseExits3AndIsNotCreated() throws Exception {
        CliRun missing = CliRun.in(dir, "pull", "--baseline", "--url", "file:./nothing.db");
        assertEquals(3, missing.exitCode(), missing.all());
        assertFalse(Files.exists(dir.resolve("nothing.db")));
        assertFalse(Files.exists(dir.resolve("migrations")));
    }

    @Test
    void jsonNamesTheBaseline() throws Exception {
        CliRun pull = CliRun.in(dir, "pull", "--baseline", "--name", "init", "--json");
        assertEquals(0, pull.exitCode(), pull.all());
        JsonObject root = JsonParser.parseString(pull.out()).getAsJsonObject();
        JsonObject baseline = root.getAsJsonObject("baseline");
        assertEquals("0000_init", baseline.get("tag").getAsString());
        assertEquals("__drizzle_migrations", baseline.get("table").getAsString());
        assertTrue(root.get("written").getAsBoolean());
    }

    @Test
    void nameWithoutBaselineIsRefused() {
        CliRun refused = CliRun.in(dir, "pull", "--name", "x");
        assertEquals(1, refused.exitCode(), refused.all());
        assertTrue(refused.err().contains("--baseline"), refused.all());
    }

    private static final String MIGRATIONS_TABLE = "CREATE TABLE __drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL,"
            + " created_at numeric)";

    private List<String> listing(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }

    /** sqlite_master without the migrations table. */
    private String objects() throws Exception {
        return String.join("\n", query("SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master"
                + " WHERE tbl_name <> '__drizzle_migrations' ORDER BY type, name"));
    }

    private String rows() throws Exception {
        List<String> all = new ArrayList<>();
        for (String table : List.of("authors", "books", "tags", "sqlite_sequence")) {
            all.add(table + ":");
            all.addAll(query("SELECT * FROM " + table));
        }
        return String.join("\n", all);
    }

    private void sql(String script) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("local.db"));
             Statement statement = connection.createStatement()) {
            for (String one : io.dschema.sqlite.SqlSplitter.split(script)) {
                statement.execute(one);
            }
        }
    }

    /** Each row's columns joined with "|". */
    private List<String> query(String select) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("local.db"));
             Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(select)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    values.add(String.valueOf(rs.getObject(c)));
                }
                out.add(String.join("|", values));
            }
        }
        return out;
    }
}
