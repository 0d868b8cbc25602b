package io.dschema.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dschema.config.TablesFilter;
import io.dschema.db.Database;
import io.dschema.db.Databases;
import io.dschema.diff.RenameAnswers;
import io.dschema.model.Schema;
import io.dschema.plan.AssessedStep;
import io.dschema.plan.RiskKind;
import io.dschema.sqlite.InspectOptions;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table the schema does not mention: without a filter push drops it (LOSES_DATA, its rows
 * counted); a {@code tablesFilter} that excludes it keeps it out of the diff, through a rebuild
 * of a table that it references, and the second push stays empty.
 */
class PushTablesFilterTest {

    private static final String BEFORE = "CREATE TABLE users (id integer PRIMARY KEY, name text);\n"
            + "CREATE TABLE legacy (id integer PRIMARY KEY, user_id integer REFERENCES users(id) ON DELETE CASCADE, v text);\n"
            + "INSERT INTO users VALUES (1, 'ann'), (2, NULL);\n"
            + "INSERT INTO legacy VALUES (1, 1, 'a'), (2, 2, 'b'), (3, NULL, 'c');\n";
    private static final String SCHEMA = "table users {\n  id   integer primary key\n  name text    not null default 'x'\n}\n";

    @TempDir
    Path temp;

    @Test
    void anUnmentionedTableIsDroppedAndCounted() throws Exception {
        Path file = temp.resolve("all.db");
        SqliteFiles.run(file, BEFORE);
        Schema target = PushGoldenTest.target(SCHEMA);
        try (Database database = Databases.open(SqliteFiles.url(file))) {
            PushPreview preview = Push.preview(database, target, PushGoldenTest.OPTIONS, RenameAnswers.NONE);
            AssessedStep drop = preview.steps().stream().filter(s -> s.step().table().equals("legacy")).findFirst().orElseThrow();
            assertEquals(RiskKind.LOSES_DATA, drop.kind());
            assertEquals(List.of(3L), drop.counts());
            assertTrue(preview.losesData());
            Push.apply(database, preview, target, PushGoldenTest.OPTIONS);
            assertTrue(Push.preview(database, target, PushGoldenTest.OPTIONS, RenameAnswers.NONE).isEmpty());
        }
        assertEquals("users:\n  id=1, name='ann'\n  id=2, name='x'\n", SqliteFiles.dumpRows(file));
    }

    @Test
    void aFilteredOutTableIsLeftAloneThroughTheParentsRebuild() throws Exception {
        Path file = temp.resolve("filtered.db");
        SqliteFiles.run(file, BEFORE);
        String before = SqliteFiles.dumpRows(file);
        InspectOptions options = new InspectOptions(new TablesFilter(List.of("*", "!legacy")), "__drizzle_migrations");
        Schema target = PushGoldenTest.target(SCHEMA);
        try (Database database = Databases.open(SqliteFiles.url(file))) {
            PushPreview preview = Push.preview(database, target, options, RenameAnswers.NONE);
            assertTrue(preview.steps().stream().noneMatch(s -> s.step().table().equals("legacy")), PushGoldenTest.describe(preview));
            assertTrue(!preview.losesData());
            Push.apply(database, preview, target, options);
            assertTrue(Push.preview(database, target, options, RenameAnswers.NONE).isEmpty());
        }
        assertEquals(before.replace("id=2, name=NULL", "id=2, name='x'"), SqliteFiles.dumpRows(file),
                "legacy keeps every row (its ON DELETE CASCADE did not fire on the rebuild of users)");
    }

    /**
     * A migration file's plan knows only the schema's tables, so it cannot keep aside the rows of a
     * filtered-out table that references a rebuilt parent (the DROP, foreign keys on, would fire its
     * ON DELETE CASCADE): the file stops before the rebuild instead, and nothing is changed.
     */
    @Test
    void aFilteredOutChildStopsAMigrationFileThatWouldLoseItsRows() throws Exception {
        Path file = temp.resolve("filtered-file.db");
        SqliteFiles.run(file, BEFORE);
        String before = SqliteFiles.dumpRows(file);
        InspectOptions options = new InspectOptions(new TablesFilter(List.of("*", "!legacy")), "__drizzle_migrations");
        io.dschema.plan.Plan migration;
        try (Database database = Databases.open(SqliteFiles.url(file))) {
            PushPreview preview = Push.preview(database, PushGoldenTest.target(SCHEMA), options, RenameAnswers.NONE);
            migration = io.dschema.sqlite.Planner.plan(preview.diff(), new io.dschema.sqlite.PlannerOptions(false));
        }
        java.sql.SQLException stopped = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                () -> SqliteFiles.applyAsMigrationFile(file, migration));
        assertTrue(stopped.getMessage().contains("a table outside the schema references users"), stopped.getMessage());
        assertEquals(before, SqliteFiles.dumpRows(file));
    }
}
