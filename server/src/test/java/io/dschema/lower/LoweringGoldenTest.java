package io.dschema.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.analysis.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * testdata/lower/NAME.dschema lowers to the model in NAME.model (and the lowering diagnostics, if
 * any, at its end). {@code -Ddschema.update=true} rewrites the .model files.
 */
class LoweringGoldenTest {

    @TestFactory
    Stream<DynamicTest> everyCaseLowersToItsGolden() throws IOException {
        Path folder = testdata().resolve("lower");
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> cases = files.filter(p -> p.toString().endsWith(".dschema")).sorted().toList();
            return cases.stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> check(input)));
        }
    }

    private static void check(Path input) throws IOException {
        String name = input.getFileName().toString();
        LoweredFile lowered = Lowering.lowerFile(new SourceFile(name, Files.readString(input)));
        StringBuilder actual = new StringBuilder(ModelDump.of(io.dschema.model.Schema.ofTables(lowered.tables())));
        for (Diagnostic diagnostic : lowered.diagnostics()) {
            actual.append("! ").append(diagnostic.format()).append('\n');
        }
        Path golden = input.resolveSibling(name.replaceAll("\\.dschema$", ".model"));
        if (Boolean.getBoolean("dschema.update")) {
            Files.writeString(golden, actual.toString());
        }
        if (!Files.exists(golden)) {
            throw new AssertionError(golden + " is missing: run mvn test -Ddschema.update=true and review it");
        }
        assertEquals(Files.readString(golden), actual.toString(), "lowering of " + name);
    }

    static Path testdata() {
        String configured = System.getProperty("dschema.testdata");
        Path path = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("../testdata");
        if (!Files.isDirectory(path)) {
            throw new UncheckedIOException(new IOException("testdata folder not found: " + path.toAbsolutePath()));
        }
        return path;
    }
}
