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
