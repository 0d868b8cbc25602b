package io.dschema.migrate.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dschema.diff.ChangeText;
import io.dschema.diff.DiffResult;
import io.dschema.diff.RenameAnswers;
import io.dschema.diff.SchemaDiffer;
import io.dschema.model.Schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Snapshots as drizzle-kit writes them read into the model that means the same, and ours are written in drizzle's layout. */
class DrizzleSnapshotTest {

    static String resource(String name) throws IOException {
        try (InputStream in = DrizzleSnapshotTest.class.getResourceAsStream("/snapshot/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void readsAs(String json, String dschema) {
        List<String> problems = new ArrayList<>();
        Snapshot snapshot = SnapshotJson.read(json, problems);
        assertNotNull(snapshot, problems.toString());
        assertEquals(List.of(), problems);
        SnapshotToSchema.Result read = SnapshotToSchema.read(snapshot);
        assertEquals(List.of(), read.problems());
        Schema expected = SnapshotRoundTripTest.valid("expected.dschema", dschema);
        assertNotNull(expected, "the expected schema has errors");
        DiffResult diff = SchemaDiffer.diff(read.schema(), expected, RenameAnswers.NONE);
        assertTrue(diff.changes().isEmpty(), ChangeText.describe(diff.changes()).toString());
    }

    @Test
    void theReferenceSnapshotOfDrizzleKitReadsAsItsSchema() throws IOException {
        readsAs(resource("drizzle-0000.json"), resource("drizzle-0000.dschema"));
    }

    @Test
    void expressionIndexesGeneratedColumnsAndKeywordDefaults() throws IOException {
        readsAs(resource("expression-index.json"), resource("expression-index.dschema"));
        Snapshot snapshot = SnapshotJson.read(resource("expression-index.json"), new ArrayList<>());
        assertEquals(Map.of("\"users\"", "\"accounts\""), snapshot.renamedTables());
    }

    @Test
    void writtenInDrizzleKitsLayout() throws IOException {
        Schema schema = SnapshotRoundTripTest.valid("s.dschema", resource("expression-index.dschema"));
        String json = SnapshotJson.write(SchemaToSnapshot.of(schema, "0b6cf2a4-50a1-4bc5-9d3c-7a3b8d1e2f10",
                "75fa9959-4e38-4ffc-8a3a-cd35f3e1823e", Map.of("\"users\"", "\"accounts\""), Map.of()));
        // the hand-written file is in drizzle-kit's exact style: ours must be the same, byte for byte
        assertEquals(resource("expression-index.json").strip(), json);
        assertTrue(!json.endsWith("\n"), "no trailing newline, as JSON.stringify");
    }

    /**
     * What drizzle-orm's builders write for the equivalent TypeScript (found by drizzle-kit generate on
     * a folder of ours, interop/): built-in types in lower case, {@code primaryKey()} always notNull,
     * index expressions and generated columns with quoted column names.
     */
    @Test
    void writtenAsDrizzleOrmsBuildersWriteTheEquivalentTypeScript() {
        Schema schema = SnapshotRoundTripTest.valid("s.dschema", """
                table users {
                  id    INTEGER primary key
                  name  TEXT not null
                  slug  Text( 64 )
                  code  VARCHAR(255)
                  score Real
                  upper_name text as (upper(name))
                  index users_lower_name on (lower(name), "score")
                }
                table pairs without rowid {
                  k text primary key
                }
                table loose {
                  k text primary key
                }
                """);
        assertNotNull(schema);
        Snapshot snapshot = SchemaToSnapshot.of(schema, "id", Snapshot.NO_PARENT, Map.of(), Map.of());
        Snapshot.Table users = snapshot.tables().get(0);
        assertEquals(List.of("integer", "text", "text(64)", "VARCHAR(255)", "real", "text"),
                users.columns().stream().map(Snapshot.Column::type).toList());
        assertTrue(users.columns().get(0).notNull(), "the rowid alias is never NULL: drizzle's primaryKey() is notNull");
        assertEquals("(upper(\"name\"))", users.columns().get(5).generated().as());
        assertEquals(List.of("lower(\"name\")", "score"), users.indexes().get(0).columns());
        assertEquals(Map.of("users_lower_name", java.util.Set.of("lower(\"name\")")), snapshot.expressionColumns());
        assertTrue(snapshot.tables().get(1).columns().get(0).notNull(), "a without rowid key is never NULL");
        assertTrue(!snapshot.tables().get(2).columns().get(0).notNull(), "a text key of a rowid table may be NULL: kept");
        readsBackAsItself(schema, snapshot);
    }

    private static void readsBackAsItself(Schema schema, Snapshot snapshot) {
        List<String> problems = new ArrayList<>();
        Snapshot read = SnapshotJson.read(SnapshotJson.write(snapshot), problems);
        assertEquals(List.of(), problems);
        SnapshotToSchema.Result back = SnapshotToSchema.read(read);
        assertEquals(List.of(), back.problems());
        DiffResult diff = SchemaDiffer.diff(back.schema(), schema, RenameAnswers.NONE);
        assertTrue(diff.changes().isEmpty(), ChangeText.describe(diff.changes()).toString());
    }

    @Test
    void problemsNameTheField() {
        List<String> problems = new ArrayList<>();
        Snapshot snapshot = SnapshotJson.read("""
                {"version": "6", "dialect": "sqlite", "id": "a", "prevId": "b",
                 "tables": {"t": {"name": "t", "columns": {"c": {"name": "c", "type": 3, "primaryKey": false, "notNull": "yes"}},
                   "indexes": {}, "foreignKeys": {}, "compositePrimaryKeys": {}, "uniqueConstraints": {}, "checkConstraints": {}}},
                 "views": {}, "enums": {}, "_meta": {"schemas": {}, "tables": {}, "columns": {}}}""", problems);
        assertNotNull(snapshot);
        assertEquals(List.of("tables.t.columns.c: \"type\" must be a string", "tables.t.columns.c: \"notNull\" must be true or false"),
                problems);
        List<String> old = new ArrayList<>();
        assertNull(SnapshotJson.read("{\"version\": \"5\"}", old));
        assertEquals(List.of("snapshot version \"5\": only version \"6\" is read (run drizzle-kit up to upgrade it)"), old);
    }
}
