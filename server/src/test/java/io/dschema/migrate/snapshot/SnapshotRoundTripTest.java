package io.dschema.migrate.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dschema.analysis.Analyzer;
import io.dschema.analysis.Diagnostic;
import io.dschema.analysis.Severity;
import io.dschema.diff.ChangeText;
import io.dschema.diff.DiffResult;
import io.dschema.diff.RenameAnswers;
import io.dschema.diff.SchemaDiffer;
import io.dschema.lower.LoweredSchema;
import io.dschema.lower.Lowering;
import io.dschema.lower.SourceFile;
import io.dschema.model.Schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Schema -> snapshot JSON -> schema gives a schema the differ finds equal, for every valid schema
 * under testdata/ (the .dschema files and the schema sections of the diff and push cases).
 */
class SnapshotRoundTripTest {

    private static final Pattern SECTION = Pattern.compile("(?m)^-- (before|after)\\.dschema --\\n(.*?)(?=^-- |\\z)", Pattern.DOTALL);

    @TestFactory
    Stream<DynamicTest> everyValidSchema() throws IOException {
        Path root = Path.of(System.getProperty("dschema.testdata", "../testdata"));
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted().toList()) {
                String name = root.relativize(file).toString();
                if (name.endsWith(".dschema")) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    tests.add(DynamicTest.dynamicTest(name, () -> roundTrip(name, text)));
                } else if (name.endsWith(".case")) {
                    Matcher m = SECTION.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (m.find()) {
                        String section = name + " " + m.group(1);
                        String text = m.group(2);
                        tests.add(DynamicTest.dynamicTest(section, () -> roundTrip(section, text)));
                    }
                }
            }
        }
        return tests.stream();
    }

    /** Schemas with errors are not schemas anyone generates from: skipped. */
    static Schema valid(String name, String text) {
        LoweredSchema lowered = Lowering.lowerSchema(List.of(new SourceFile(name, text)));
        List<Diagnostic> all = new ArrayList<>(lowered.diagnostics());
        all.addAll(Analyzer.analyze(lowered.schema()));
        return all.stream().anyMatch(d -> d.severity() == Severity.ERROR) ? null : lowered.schema();
    }

    private static void roundTrip(String name, String text) {
        Schema schema = valid(name, text);
        if (schema == null) {
            return;
        }
        String json = SnapshotJson.write(SchemaToSnapshot.of(schema, "id", Snapshot.NO_PARENT, Map.of(), Map.of()));
        List<String> problems = new ArrayList<>();
        Snapshot read = SnapshotJson.read(json, problems);
        assertNotNull(read, name + ": " + problems);
        assertEquals(List.of(), problems, name);
        SnapshotToSchema.Result back = SnapshotToSchema.read(read);
        assertEquals(List.of(), back.problems(), name + "\n" + json);
        DiffResult diff = SchemaDiffer.diff(back.schema(), schema, RenameAnswers.NONE);
        assertTrue(diff.changes().isEmpty() && diff.questions().isEmpty(),
                name + ": the snapshot reads back as a different schema: " + ChangeText.describe(diff.changes()) + "\n" + json);
        assertEquals(json, SnapshotJson.write(SchemaToSnapshot.of(back.schema(), "id", Snapshot.NO_PARENT, Map.of(), Map.of())),
                name + ": writing the read schema again gives another snapshot");
    }
}
