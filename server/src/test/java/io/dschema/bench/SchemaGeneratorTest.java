package io.dschema.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dschema.analysis.Diagnostic;
import io.dschema.analysis.SchemaFixture;
import io.dschema.analysis.Severity;
import io.dschema.lower.LoweredSchema;
import io.dschema.lower.Lowering;
import io.dschema.lower.SourceFile;
import io.dschema.model.Table;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The benchmark's generated schemas are valid: the analyzer finds no error in them, and SQLite
 * takes the same schema as CREATE statements. The default build checks 120-table schemas (every
 * kind of table and member shows up there); {@code -Pslow} also checks the benchmark's own inputs.
 */
class SchemaGeneratorTest {

    private static final int TABLES = 120;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, CheckBenchmark.SEED})
    void theAnalyzerFindsNoErrors(long seed) {
        assertNoErrors(SchemaGenerator.generate(TABLES, seed));
    }

    @Tag("slow")
    @ParameterizedTest
    @ValueSource(ints = {100, 500, 1000})
    void theBenchmarkSchemasHaveNoErrors(int tables) {
        assertNoErrors(SchemaGenerator.generate(tables, CheckBenchmark.SEED));
    }

    @Test
    void loweringSeesEveryTableColumnAndForeignKey() {
        SchemaGenerator.Generated schema = SchemaGenerator.generate(TABLES, CheckBenchmark.SEED);
        LoweredSchema lowered = Lowering.lowerSchema(List.of(new SourceFile("generated.dschema", schema.text())));
        List<Table> tables = lowered.schema().tables();
        assertEquals(schema.tables(), tables.size());
        assertEquals(schema.columns(), tables.stream().mapToInt(t -> t.columns().size()).sum());
        assertEquals(schema.foreignKeys(), tables.stream().mapToInt(t -> t.foreignKeys().size()).sum());
        assertTrue(tables.stream().anyMatch(Table::strict), "a strict table");
        assertTrue(tables.stream().anyMatch(Table::withoutRowid), "a without rowid table");
        assertTrue(tables.stream().anyMatch(t -> t.primaryKey() != null && t.primaryKey().autoincrement()), "autoincrement");
        assertTrue(tables.stream().anyMatch(t -> t.primaryKey() != null && t.primaryKey().columns().size() > 1),
                "a composite key");
        assertTrue(tables.stream().flatMap(t -> t.columns().stream()).anyMatch(c -> c.generated() != null),
                "a generated column");
        assertTrue(tables.stream().flatMap(t -> t.indexes().stream()).anyMatch(i -> i.where() != null), "a partial index");
        assertTrue(tables.stream().flatMap(t -> t.indexes().stream()).flatMap(i -> i.parts().stream())
                .anyMatch(p -> p.expression() != null), "an expression index");
        assertTrue(tables.stream().anyMatch(t -> t.doc() != null), "a doc comment");
    }

    @Test
    void sqliteTakesTheSameSchema() throws Exception {
        SchemaGenerator.Generated schema = SchemaGenerator.generate(TABLES, CheckBenchmark.SEED);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement statement = connection.createStatement()) {
            statement.execute("pragma foreign_keys = on");
            for (String sql : schema.sql()) {
                statement.execute(sql);
            }
            // Fails with "foreign key mismatch" when a parent key is not a primary key or unique index.
            List<String> problems = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("pragma foreign_key_check")) {
                while (rows.next()) {
                    problems.add(rows.getString(1));
                }
            }
            assertEquals(List.of(), problems);
            try (ResultSet rows = statement.executeQuery(
                    "select count(*) from sqlite_schema where type = 'table' and name not like 'sqlite%'")) {
                assertEquals(schema.tables(), rows.getInt(1));
            }
            try (ResultSet rows = statement.executeQuery(
                    "select count(*) from sqlite_schema where type = 'index' and sql is not null")) {
                assertEquals(schema.indexes(), rows.getInt(1), "the explicit indexes");
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameSchema() {
        assertEquals(SchemaGenerator.generate(60, 7).text(), SchemaGenerator.generate(60, 7).text());
        assertNotEquals(SchemaGenerator.generate(60, 7).text(), SchemaGenerator.generate(60, 8).text());
    }

    @Test
    void fiveHundredTablesMakeAboutTenThousandColumns() {
        SchemaGenerator.Generated schema = SchemaGenerator.generate(500, CheckBenchmark.SEED);
        assertTrue(schema.columns() > 9_500 && schema.columns() < 10_500, "columns: " + schema.columns());
        assertTrue(schema.lines() > 11_000 && schema.lines() < 16_000, "lines: " + schema.lines());
        assertTrue(schema.indexes() >= 1_000, "indexes: " + schema.indexes());
    }

    private static void assertNoErrors(SchemaGenerator.Generated schema) {
        List<Diagnostic> errors = SchemaFixture.diagnostics(List.of(new SourceFile("generated.dschema", schema.text())))
                .stream().filter(d -> d.severity() == Severity.ERROR).toList();
        assertEquals(List.of(), errors.stream().map(Diagnostic::format).limit(20).toList());
    }
}
