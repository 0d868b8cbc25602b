package io.dschema.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden cases: testdata/format/NAME.dschema is formatted and compared with
 * NAME.formatted.dschema. With -Ddschema.update=true the expectations are rewritten instead
 * (review them in the diff like code).
 */
class FormatGoldenTest {

    private static final String EXPECTED_SUFFIX = ".formatted.dschema";

    @TestFactory
    Stream<DynamicTest> goldenCases() {
        Path folder = TestData.root().resolve("format");
        return TestData.schemaFiles(folder).stream()
                .filter(path -> !path.getFileName().toString().endsWith(EXPECTED_SUFFIX))
                .map(path -> DynamicTest.dynamicTest(folder.relativize(path).toString(), () -> run(path)));
    }

    @TestFactory
    Stream<DynamicTest> expectationsAreFixedPoints() {
        Path folder = TestData.root().resolve("format");
        return TestData.schemaFiles(folder).stream()
                .filter(path -> path.getFileName().toString().endsWith(EXPECTED_SUFFIX))
                .map(path -> DynamicTest.dynamicTest(folder.relativize(path).toString(), () -> {
                    String expected = TestData.read(path);
                    FormatResult result = Formatter.format(expected);
                    if (!result.refused()) {
                        assertEquals(expected, result.text(), "an expected output must format to itself");
                    }
                }));
    }

    private static void run(Path input) throws IOException {
        String name = input.getFileName().toString();
        Path expectedFile = input.resolveSibling(name.substring(0, name.length() - ".dschema".length()) + EXPECTED_SUFFIX);
        String actual = Formatter.format(TestData.read(input)).text();
        if (TestData.updating()) {
            Files.writeString(expectedFile, actual);
            return;
        }
        assertTrue(Files.exists(expectedFile), "missing " + expectedFile + " (run with -Ddschema.update=true)");
        assertEquals(TestData.read(expectedFile), actual, name);
    }
}
