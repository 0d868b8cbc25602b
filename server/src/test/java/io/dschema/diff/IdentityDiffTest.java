package io.dschema.diff;

import io.dschema.analysis.Analyzer;
import io.dschema.analysis.Diagnostic;
import io.dschema.analysis.Severity;
import io.dschema.lower.LoweredSchema;
import io.dschema.lower.Lowering;
import io.dschema.lower.SourceFile;
import io.dschema.model.Schema;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.dschema.diff.DiffFixture.changes;
import static io.dschema.diff.DiffFixture.schema;
import static io.dschema.diff.DiffFixture.sqlite;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A schema diffed against itself, or against a database that means the same, shows nothing. */
class IdentityDiffTest {

    @TestFactory
    Stream<DynamicTest> everyValidSchemaUnderTestdataDiffsEmptyAgainstItself() {
        List<Path> valid = validSchemas();
        assertTrue(valid.size() >= 5, "expected the sample schemas under testdata, found " + valid);
        return valid.stream().map(path -> DynamicTest.dynamicTest(testdata().relativize(path).toString(), () -> {
            Schema once = lower(path);
            Schema twice = lower(path);
            assertEquals(List.of(), DiffFixture.all(SchemaDiffer.diff(once, twice, RenameAnswers.NONE)));
        }));
    }

    @TestFactory
    Stream<DynamicTest> formatGoldensMeanTheSameBeforeAndAfterFormatting() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path formatted : validSchemas()) {
            String name = formatted.getFileName().toString();
            if (!name.endsWith(".formatted.dschema")) {
                continue;
            }
            Path input = formatted.resolveSibling(name.replace(".formatted.dschema", ".dschema"));
            tests.add(DynamicTest.dynamicTest(name, () ->
                    assertEquals(List.of(), DiffFixture.all(SchemaDiffer.diff(lower(input), lower(formatted),
                            RenameAnswers.NONE)))));
        }
        assertFalse(tests.isEmpty());
        return tests.stream();
    }

    /** Broken input (syntax errors, holes in trees, empty names) never throws: the differ returns a result. */
    @Test
    void everySchemaUnderTestdataEvenBrokenOnesDiffsWithoutThrowing() throws IOException {
        List<Schema> schemas = new ArrayList<>();
        try (Stream<Path> files = Files.walk(testdata())) {
            files.filter(p -> p.toString().endsWith(".dschema")).sorted().forEach(path -> schemas.add(lower(path)));
        }
        Schema empty = Schema.ofTables(List.of());
        for (int i = 0; i < schemas.size(); i++) {
            Schema schema = schemas.get(i);
            Schema next = schemas.get((i + 1) % schemas.size());
            SchemaDiffer.diff(schema, schema, RenameAnswers.NONE);
            SchemaDiffer.diff(empty, schema, RenameAnswers.NONE);
            SchemaDiffer.diff(schema, empty, RenameAnswers.NONE);
            SchemaDiffer.diff(schema, next, RenameAnswers.NONE).changes().forEach(ChangeText::describe);
        }
    }

    @Test
    void drizzleKitStyleDatabaseEqualsTheSchemaThatMeansTheSame() {
        Schema database = sqlite("""
                CREATE TABLE `teams` (
                	`id` integer PRIMARY KEY NOT NULL,
                	`name` TEXT NOT NULL
                );
                CREATE TABLE `users` (
                	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                	`Name` TEXT NOT NULL,
                	`email` text NOT NULL UNIQUE,
                	`age` INTEGER DEFAULT 0 CHECK("users"."age" >= 0),
                	`created_at` text DEFAULT (CURRENT_TIMESTAMP) NOT NULL,
                	`active` integer DEFAULT true NOT NULL,
                	`score` REAL DEFAULT (0),
                	`nick` VARCHAR( 32 ) DEFAULT NULL,
                	`team_id` integer,
                	`slug` text GENERATED ALWAYS AS (lower("Name")) VIRTUAL,
                	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade
                );
                CREATE INDEX `name_index` ON `users` (`name`);
                CREATE UNIQUE INDEX `users_nick_unique` ON `users` (`nick`);
                CREATE TABLE `memberships` (
                	`user_id` integer NOT NULL,
                	`team_id` integer NOT NULL,
                	`role` text DEFAULT 'member' NOT NULL,
                	PRIMARY KEY(`user_id`, `team_id`),
                	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
                ) WITHOUT ROWID
                """);
        Schema target = schema("""
                table teams {
                  id   integer primary key
                  name text not null
                }
                table users {
                  id         integer primary key autoincrement
                  name       text not null
                  email      text not null unique
                  age        integer default '0' check (age >= 0)
                  created_at text not null default current_timestamp
                  active     integer not null default 1
                  score      real default 0.0
                  nick       varchar(32) unique
                  team_id    integer references teams on delete cascade
                  slug       text as (lower(name))
                  index name_index on (name)
                }
                table memberships without rowid {
                  user_id integer
                  team_id integer
                  role    text not null default 'member'
                  primary key (user_id, team_id)
                  foreign key (user_id) references users(id) on delete cascade
                }
                """);
        assertEquals(List.of(), DiffFixture.all(SchemaDiffer.diff(database, target, RenameAnswers.NONE)));
    }

    @Test
    void theQuickstartSchemaCreatedInSqliteReadsBackUnchanged() {
        Schema database = sqlite("""
                CREATE TABLE "users" ("id" integer PRIMARY KEY, "name" text NOT NULL);
                CREATE INDEX "name_index" ON "users" ("name")
                """);
        assertEquals(List.of(), changes(database, lower(testdata().resolve("quickstart/schema.dschema"))));
    }

    private static Schema lower(Path path) {
        return Lowering.lowerSchema(List.of(new SourceFile(path.toString(), read(path)))).schema();
    }

    /** Every .dschema file under testdata that lowers and checks with no error. */
    private static List<Path> validSchemas() {
        try (Stream<Path> files = Files.walk(testdata())) {
            return files.filter(p -> p.toString().endsWith(".dschema")).sorted().filter(path -> {
                LoweredSchema lowered = Lowering.lowerSchema(List.of(new SourceFile(path.toString(), read(path))));
                List<Diagnostic> all = new ArrayList<>(lowered.diagnostics());
                all.addAll(Analyzer.analyze(lowered.schema()));
                return all.stream().noneMatch(d -> d.severity() == Severity.ERROR) && !lowered.schema().tables().isEmpty();
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path testdata() {
        String configured = System.getProperty("dschema.testdata");
        Path root = configured == null || configured.isBlank() ? Path.of("..", "testdata") : Path.of(configured);
        return root.toAbsolutePath().normalize();
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
