package io.dschema.bench;

import io.dschema.lower.LoweredSchema;
import io.dschema.lower.Lowering;
import io.dschema.lower.SourceFile;
import io.dschema.model.Column;
import io.dschema.model.Schema;
import io.dschema.model.SourceRange;
import io.dschema.model.Table;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The inputs of the push benchmark (bench/push/run.sh): for N tables and a seed, the
 * {@link SchemaGenerator} schema cut down to what drizzle-kit can say ({@link DrizzleSubset}), as
 * .dschema and as drizzle {@code schema.ts}, and both again after a one-column change (a nullable
 * {@code text} column without default added to one table: an {@code ALTER TABLE ADD COLUMN} for
 * either tool).
 *
 * <p>{@code java -cp <test classpath> io.dschema.bench.PushBenchSchemas --tables 10,100,500 [--seed 42] --out DIR}
 * writes {@code DIR/n<N>/}: {@code schema.dschema}, {@code schema.ts}, {@code schema-changed.dschema},
 * {@code schema-changed.ts} and {@code expected.env} (what the database must hold afterwards, for
 * the script to check every run). The SQL for the sqlite3 shell baseline is not written here: the
 * script takes it from {@code drizzle-kit generate}, which is what drizzle users run.
 */
public final class PushBenchSchemas {

    /** The name of the column the change adds. */
    static final String ADDED_COLUMN = "bench_added_note";

    /** One size's inputs. */
    record Inputs(Schema schema, Schema changed, String changedTable, int tables, int columns) {

        String dschema() {
            return DschemaText.write(schema, header(""));
        }

        String changedDschema() {
            return DschemaText.write(changed, header(", plus " + changedTable + "." + ADDED_COLUMN));
        }

        String ts() {
            return DrizzleTs.write(schema, header(""));
        }

        String changedTs() {
            return DrizzleTs.write(changed, header(", plus " + changedTable + "." + ADDED_COLUMN));
        }

        /** Shell variables: the counts a pushed database must show, before and after the change. */
        String expected() {
            return "TABLES=" + tables + "\nCOLUMNS=" + columns + "\nCHANGED_TABLE=" + changedTable
                    + "\nADDED_COLUMN=" + ADDED_COLUMN + "\n";
        }

        private String header(String change) {
            return "Push benchmark schema: " + tables + " tables, " + columns + " columns" + change
                    + " (PushBenchSchemas, from SchemaGenerator).";
        }
    }

    private PushBenchSchemas() {
    }

    static Inputs make(int tables, long seed) {
        SchemaGenerator.Generated generated = SchemaGenerator.generate(tables, seed);
        LoweredSchema lowered = Lowering.lowerSchema(List.of(new SourceFile("generated.dschema", generated.text())));
        if (!lowered.diagnostics().isEmpty()) {
            throw new IllegalStateException("the generated schema does not lower: " + lowered.diagnostics().get(0));
        }
        Schema schema = DrizzleSubset.restrict(lowered.schema());
        int changedIndex = tables / 2;
        Table target = schema.tables().get(changedIndex);
        List<Column> columns = new ArrayList<>(target.columns());
        columns.add(new Column(ADDED_COLUMN, "text", Column.Nullability.UNSPECIFIED, null, null, null, null, null,
                SourceRange.NONE, SourceRange.NONE, SourceRange.NONE));
        List<Table> changedTables = new ArrayList<>(schema.tables());
        changedTables.set(changedIndex, new Table(target.name(), target.strict(), target.withoutRowid(), null, columns,
                target.primaryKey(), target.indexes(), target.foreignKeys(), target.checks(), null, target.range(),
                target.nameRange()));
        int columnCount = schema.tables().stream().mapToInt(t -> t.columns().size()).sum();
        return new Inputs(schema, Schema.ofTables(changedTables), target.name(), tables, columnCount);
    }

    public static void main(String[] args) throws IOException {
        List<Integer> sizes = List.of(10, 100, 500);
        long seed = CheckBenchmark.SEED;
        Path out = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--tables" -> sizes = java.util.Arrays.stream(args[i + 1].split(","))
                        .map(String::trim).map(Integer::parseInt).toList();
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (out == null || args.length % 2 != 0) {
            System.err.println("usage: PushBenchSchemas --tables 10,100,500 [--seed 42] --out DIR");
            System.exit(2);
        }
        for (int size : sizes) {
            Inputs inputs = make(size, seed);
            Path dir = out.resolve("n" + size);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("schema.dschema"), inputs.dschema(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("schema-changed.dschema"), inputs.changedDschema(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("schema.ts"), inputs.ts(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("schema-changed.ts"), inputs.changedTs(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("expected.env"), inputs.expected(), StandardCharsets.UTF_8);
            System.out.println("wrote " + dir + ": " + size + " tables, " + inputs.columns() + " columns");
        }
    }
}
