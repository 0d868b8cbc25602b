package io.dschema.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dschema.analysis.Diagnostic;
import io.dschema.analysis.SchemaFixture;
import io.dschema.analysis.Severity;
import io.dschema.model.Index;
import io.dschema.model.Schema;
import io.dschema.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The push benchmark's inputs: the .dschema variant is a valid schema that says what the model
 * says, it keeps the features drizzle can express, and the change is exactly one added column.
 * (That drizzle-kit creates the same tables from schema.ts is checked by bench/push/run.sh, which
 * has node; the default build never runs npm.)
 */
class PushBenchSchemasTest {

    private static final PushBenchSchemas.Inputs INPUTS = PushBenchSchemas.make(120, CheckBenchmark.SEED);

    @Test
    void bothDschemaTextsAreFreeOfErrors() {
        assertEquals(List.of(), errors(INPUTS.dschema()));
        assertEquals(List.of(), errors(INPUTS.changedDschema()));
    }

    @Test
    void theTextLowersBackToTheSameTablesAndColumns() {
        List<String> back = describe(SchemaFixture.schema(INPUTS.dschema()));
        List<String> model = describe(INPUTS.schema());
        assertEquals(model.size(), back.size());
        for (int i = 0; i < model.size(); i++) {
            assertEquals(model.get(i), back.get(i));
        }
    }

    @Test
    void onlyWhatDrizzleCanSayIsLeft() {
        List<Table> tables = SchemaFixture.schema(INPUTS.dschema()).tables();
        assertEquals(120, tables.size());
        assertFalse(tables.stream().anyMatch(t -> t.strict() || t.withoutRowid()), "no table options");
        assertTrue(tables.stream().flatMap(t -> t.columns().stream())
                .allMatch(c -> List.of("integer", "text", "real", "blob", "numeric").contains(c.type())), "plain types");
        assertTrue(tables.stream().flatMap(t -> t.columns().stream()).allMatch(c -> c.collation() == null), "no collations");
        assertTrue(tables.stream().anyMatch(t -> t.primaryKey() != null && t.primaryKey().columns().size() > 1),
                "composite keys stay");
        assertTrue(tables.stream().anyMatch(t -> t.primaryKey() != null && t.primaryKey().autoincrement()), "autoincrement stays");
        assertTrue(tables.stream().flatMap(t -> t.columns().stream()).anyMatch(c -> c.generated() != null),
                "generated columns stay");
        assertTrue(tables.stream().flatMap(t -> t.columns().stream()).allMatch(c -> c.generated() == null || c.generated().stored()),
                "generated columns are stored");
        assertTrue(tables.stream().flatMap(t -> t.indexes().stream()).allMatch(i -> i.where() == null), "no partial indexes");
        assertTrue(tables.stream().flatMap(t -> t.indexes().stream()).flatMap(i -> i.parts().stream())
                .allMatch(p -> p.column() != null), "no expression indexes");
        assertTrue(tables.stream().allMatch(t -> t.checks().isEmpty()), "no checks");
        assertTrue(tables.stream().flatMap(t -> t.indexes().stream()).anyMatch(i -> i.origin() == Index.Origin.TABLE_UNIQUE),
                "unique sets stay");
        assertTrue(tables.stream().flatMap(t -> t.columns().stream()).filter(c -> c.defaultValue() != null)
                .map(c -> c.defaultValue().expression().sql()).toList().containsAll(List.of("1", "0.21", "'0'", "'EUR'")),
                "defaults as drizzle-kit reads them back");
        assertTrue(tables.stream().mapToInt(t -> t.foreignKeys().size()).sum() > 100, "foreign keys stay");
    }

    @Test
    void theChangeAddsOneNullableColumnToOneTable() {
        List<Table> before = SchemaFixture.schema(INPUTS.dschema()).tables();
        List<Table> after = SchemaFixture.schema(INPUTS.changedDschema()).tables();
        assertEquals(before.size(), after.size());
        int changed = 0;
        for (int i = 0; i < before.size(); i++) {
            if (!describe(before.get(i)).equals(describe(after.get(i)))) {
                changed++;
                assertEquals(INPUTS.changedTable(), after.get(i).name());
                assertEquals(before.get(i).columns().size() + 1, after.get(i).columns().size());
                var added = after.get(i).columns().get(after.get(i).columns().size() - 1);
                assertEquals(PushBenchSchemas.ADDED_COLUMN, added.name());
                assertFalse(added.notNull());
                assertEquals(null, added.defaultValue());
            }
        }
        assertEquals(1, changed);
    }

    @Test
    void theTypeScriptDeclaresEveryTableAndColumn() {
        String ts = INPUTS.ts();
        for (Table table : INPUTS.schema().tables()) {
            assertTrue(ts.contains("export const " + table.name() + " = sqliteTable(\"" + table.name() + "\""), table.name());
            for (var column : table.columns()) {
                assertTrue(ts.contains("  " + column.name() + ": "), table.name() + "." + column.name());
            }
        }
        assertTrue(INPUTS.changedTs().contains(PushBenchSchemas.ADDED_COLUMN + ": text(\"" + PushBenchSchemas.ADDED_COLUMN + "\"),"));
    }

    @Test
    void theSameSeedGivesTheSameFiles() {
        PushBenchSchemas.Inputs again = PushBenchSchemas.make(120, CheckBenchmark.SEED);
        assertEquals(INPUTS.dschema(), again.dschema());
        assertEquals(INPUTS.ts(), again.ts());
    }

    private static List<String> errors(String text) {
        return SchemaFixture.diagnostics(text).stream().filter(d -> d.severity() == Severity.ERROR)
                .map(Diagnostic::format).limit(20).toList();
    }

    private static List<String> describe(Schema schema) {
        return schema.tables().stream().map(PushBenchSchemasTest::describe).toList();
    }

    /** What a push must create for a table, without source positions. */
    private static String describe(Table table) {
        StringBuilder out = new StringBuilder(table.name());
        table.columns().forEach(c -> out.append(" | ").append(c.name()).append(' ').append(c.type())
                .append(c.notNull() ? " not null" : "")
                .append(c.defaultValue() == null ? "" : " default " + c.defaultValue().expression().sql())
                .append(c.generated() == null ? "" : " as " + c.generated().expression().sql()));
        out.append(" | pk ").append(table.primaryKey() == null ? "-"
                : table.primaryKey().columns().stream().map(p -> p.column().name()).toList() + " "
                + table.primaryKey().autoincrement());
        table.indexes().forEach(i -> out.append(" | ").append(i.unique() ? "unique " : "").append(i.name())
                .append(i.parts().stream().map(p -> p.column() != null ? p.column().name() : p.expression().sql()).toList())
                .append(i.where() == null ? "" : " where " + i.where().sql()));
        table.foreignKeys().forEach(f -> out.append(" | fk ").append(f.columns().stream().map(n -> n.name()).toList())
                .append(" -> ").append(f.targetTable().name())
                .append(f.targetColumns().stream().map(n -> n.name()).toList()).append(' ').append(f.onDelete())
                .append(' ').append(f.onUpdate()));
        table.checks().forEach(c -> out.append(" | check ").append(c.name()).append(' ').append(c.expression().sql()));
        return out.toString();
    }
}
