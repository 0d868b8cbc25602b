package io.dschema.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dschema.analysis.Analyzer;
import io.dschema.analysis.Diagnostic;
import io.dschema.analysis.Severity;
import io.dschema.config.TablesFilter;
import io.dschema.db.Database;
import io.dschema.db.Databases;
import io.dschema.diff.ChangeText;
import io.dschema.diff.DiffResult;
import io.dschema.diff.RenameAnswers;
import io.dschema.diff.SchemaDiffer;
import io.dschema.format.Formatter;
import io.dschema.lower.LoweredSchema;
import io.dschema.lower.Lowering;
import io.dschema.lower.SourceFile;
import io.dschema.pull.Pull;
import io.dschema.pull.PullResult;
import io.dschema.sqlite.InspectOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise of pull: for a database, pull, then read the pulled text back and diff it against
 * the database: no changes (so pull then push is "no changes"); the text checks without errors and
 * is formatted already. Over every push case's before.sql, the SQLite corpus (scripts as people and
 * tools write them), and databases written drizzle-kit style.
 */
class PullRoundTripTest {

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> pushCases() {
        return CaseFile.all(testdata().resolve("push"), ".case").stream()
                .map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
                    CaseFile file = CaseFile.read(path);
                    Path db = temp.resolve(file.name() + ".db");
                    SqliteFiles.run(db, file.section("before.sql"));
                    assertRoundTrip(db, InspectOptions.DEFAULTS);
                }));
    }

    /**
     * The corpus scripts: tables a schema cannot say (ON CONFLICT, a named key) must be refused by
     * name; every other table round-trips (checked again with the refused ones filtered out).
     */
    @TestFactory
    Stream<DynamicTest> sqliteCorpus() {
        return CaseFile.all(testdata().resolve("sqlite").resolve("originals"), ".sql").stream()
                .filter(path -> !path.getFileName().toString().startsWith("pending-"))
                .map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
                    Path db = temp.resolve(path.getFileName() + ".db");
                    runScript(db, Files.readString(path));
                    PullResult first = pull(db, InspectOptions.DEFAULTS);
                    assertEquals(storedTables(path), first.inspected().tables().size() + first.problems().stream()
                            .filter(problem -> problem.contains("cannot be read")).count(), "tables read");
                    List<String> refused = new ArrayList<>();
                    for (String problem : first.problems()) {
                        assertTrue(problem.startsWith("table "), problem);
                        String table = problem.substring("table ".length(), problem.indexOf(':'));
                        assertTrue(first.inspected().table(table).isPresent() || problem.contains("cannot be read"), problem);
                        refused.add(table);
                    }
                    List<String> patterns = new ArrayList<>(List.of("*"));
                    refused.stream().distinct().forEach(table -> patterns.add("!" + table));
                    InspectOptions filtered = new InspectOptions(new TablesFilter(patterns), null);
                    PullResult result = assertRoundTrip(db, filtered);
                    assertFalse(result.inspected().tables().isEmpty(), "every table of " + path + " was refused: "
                            + first.problems());
                }));
    }

    @Test
    void drizzleKitStyle() throws Exception {
        Path db = temp.resolve("drizzle.db");
        SqliteFiles.run(db, """
                CREATE TABLE `teams` (
                	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                	`name` text NOT NULL
                );
                CREATE TABLE `users` (
                	`id` integer PRIMARY KEY NOT NULL,
                	`email` text NOT NULL,
                	`team_id` integer,
                	`active` integer DEFAULT false NOT NULL,
                	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
                	`meta` text DEFAULT '{}',
                	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade
                );
                CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);
                CREATE INDEX `users_team_idx` ON `users` (`team_id`);
                CREATE UNIQUE INDEX `team_member` ON `users` (`team_id`,`email`);
                CREATE TABLE `memberships` (
                	`user_id` integer NOT NULL,
                	`team_id` integer NOT NULL,
                	`role` text DEFAULT 'member' NOT NULL,
                	PRIMARY KEY(`user_id`, `team_id`),
                	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
                	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
                	CONSTRAINT "role_check" CHECK("memberships"."role" in ('member', 'admin'))
                );
                CREATE UNIQUE INDEX `memberships_role_team_id_unique` ON `memberships` (`role`,`team_id`);
                """);
        PullResult result = assertRoundTrip(db, InspectOptions.DEFAULTS);
        assertTrue(result.text().contains("email      text    not null unique"), result.text());
        assertTrue(result.text().contains("unique (role, team_id)"), result.text());
        assertTrue(result.text().contains("unique index team_member on (team_id, email)"), result.text());
        assertTrue(result.text().contains("check role_check ("), result.text());
    }

    @Test
    void everyKindOfMember() throws Exception {
        Path db = temp.resolve("members.db");
        SqliteFiles.run(db, """
                CREATE TABLE parent (id INTEGER PRIMARY KEY DESC, code TEXT UNIQUE COLLATE NOCASE);
                CREATE TABLE "order" (
                  "index" INTEGER PRIMARY KEY AUTOINCREMENT,
                  "unique" TEXT NOT NULL DEFAULT 'it''s',
                  [select] VARCHAR( 255 ) NULL,
                  "a""b" DECIMAL(10, 2) DEFAULT -1.5 CHECK ("a""b" > -100),
                  untyped,
                  "key" "my type" DEFAULT (lower('X')),
                  desc TEXT COLLATE rtrim,
                  parent_id INTEGER REFERENCES parent(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
                  parent_code TEXT REFERENCES parent(code) DEFERRABLE,
                  total REAL GENERATED ALWAYS AS ("a""b" * 2) STORED,
                  label TEXT AS ('#' || "unique"),
                  bare DEFAULT hello,
                  CHECK (length("unique") < 100),
                  CONSTRAINT named_check CHECK ("index" > 0),
                  UNIQUE ([select], desc)
                );
                CREATE INDEX "order idx" ON "order" ("unique" COLLATE nocase DESC, lower([select]));
                CREATE INDEX order_partial ON "order" (parent_id) WHERE parent_id IS NOT NULL;
                CREATE UNIQUE INDEX order_expr ON "order" (("a""b" + 1), desc);
                CREATE TABLE pairs (a INT, b INT, c TEXT, PRIMARY KEY (a DESC, b), FOREIGN KEY (a, b) REFERENCES pairs(a, b))
                  WITHOUT ROWID, STRICT;
                CREATE TABLE seq (id INTEGER, PRIMARY KEY (id AUTOINCREMENT));
                CREATE TABLE lone (id INTEGER, PRIMARY KEY (id));
                CREATE VIEW parent_codes AS SELECT code FROM parent;
                CREATE TRIGGER parent_touch AFTER UPDATE ON parent BEGIN SELECT 1; END;
                """);
        PullResult result = assertRoundTrip(db, InspectOptions.DEFAULTS);
        String text = result.text();
        assertTrue(text.contains("// view parent_codes"), text);
        assertTrue(text.contains("// trigger parent_touch on parent"), text);
        assertTrue(text.contains("\"index\""), text);
        assertTrue(text.contains("primary key autoincrement"), text);
        assertTrue(text.contains("untyped"), text);
    }

    /** Random schemas (the push tests' generator), pushed to a fresh database, then pulled. */
    @TestFactory
    Stream<DynamicTest> randomSchemas() {
        return java.util.stream.LongStream.rangeClosed(1, 100).boxed()
                .flatMap(seed -> Stream.of(true, false).map(after -> DynamicTest.dynamicTest(
                        "seed " + seed + (after ? " after" : " before"), () -> {
                            RandomPairs.Pair pair = RandomPairs.pair(seed);
                            String text = after ? pair.afterText() : pair.beforeText();
                            Path db = temp.resolve("random-" + seed + "-" + after + ".db");
                            io.dschema.model.Schema schema = Lowering.lowerSchema(
                                    List.of(new SourceFile("schema.dschema", text))).schema();
                            try (Database database = Databases.open(SqliteFiles.url(db))) {
                                PushPreview preview = Push.preview(database, schema, InspectOptions.DEFAULTS,
                                        RenameAnswers.NONE);
                                Push.apply(database, preview, schema, InspectOptions.DEFAULTS);
                            }
                            assertRoundTrip(db, InspectOptions.DEFAULTS);
                        })));
    }

    private PullResult assertRoundTrip(Path db, InspectOptions options) throws Exception {
        PullResult result = pull(db, options);
        assertEquals(List.of(), result.problems(), () -> "pull refused:\n" + result.text());
        LoweredSchema lowered = Lowering.lowerSchema(List.of(new SourceFile("schema.dschema", result.text())));
        List<Diagnostic> errors = new ArrayList<>();
        lowered.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).forEach(errors::add);
        Analyzer.analyze(lowered.schema()).stream().filter(d -> d.severity() == Severity.ERROR)
                .filter(d -> !referencesMissingTable(d, result))
                .forEach(errors::add);
        assertEquals(List.of(), errors.stream().map(Diagnostic::format).toList(), result.text());
        DiffResult diff = SchemaDiffer.diff(result.inspected(), lowered.schema(), RenameAnswers.NONE);
        assertEquals(List.of(), diff.changes().stream().map(ChangeText::describe).toList(), result.text());
        assertTrue(diff.isEmpty(), result.text());
        assertFalse(Formatter.format(result.text()).changed(), () -> "not formatted:\n" + result.text());
        return result;
    }

    /** The database's own oddity, written as it is: a foreign key to a table it does not have (sakila's payment). */
    private static boolean referencesMissingTable(Diagnostic diagnostic, PullResult result) {
        return result.inspected().tables().stream().flatMap(table -> table.foreignKeys().stream())
                .map(key -> key.targetTable().name())
                .filter(target -> result.inspected().table(target).isEmpty())
                .anyMatch(target -> diagnostic.message().contains("references table " + target + ","));
    }

    private static PullResult pull(Path db, InspectOptions options) throws Exception {
        try (Database database = Databases.open(SqliteFiles.url(db))) {
            return Pull.pull(database, options);
        }
    }

    /** Runs a whole corpus script, SQLite splitting it (comments with quotes in them included). */
    private static void runScript(Path db, String script) throws SQLException {
        try (java.sql.Connection connection = SqliteFiles.connect(db);
             java.sql.Statement statement = connection.createStatement()) {
            statement.executeUpdate(script);
        }
    }

    /** The CREATE TABLE statements the corpus says SQLite stores for a script. */
    private static long storedTables(Path original) throws IOException {
        Path stored = original.getParent().resolveSibling("create-table").resolve(original.getFileName());
        return Files.readString(stored).lines().filter(line -> line.regionMatches(true, 0, "CREATE TABLE", 0, 12)).count();
    }

    private static Path testdata() {
        return Path.of(System.getProperty("dschema.testdata", "../testdata"));
    }
}
