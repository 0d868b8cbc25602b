package io.dschema.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dschema.config.ConfigCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/language.md's code table lists exactly the codes the code has, with the same severities. */
class DiagnosticCodeTableTest {

    private static final Pattern ROW = Pattern.compile("^\\| (DS\\d{4}) \\| (\\w+) \\| (.+) \\|$", Pattern.MULTILINE);

    @Test
    void languageReferenceListsEveryCodeOnce() throws IOException {
        String doc = Files.readString(docs().resolve("language.md"));
        Map<String, String> documented = new TreeMap<>();
        Matcher row = ROW.matcher(doc);
        while (row.find()) {
            String previous = documented.put(row.group(1), row.group(2));
            assertEquals(null, previous, row.group(1) + " is listed twice");
        }
        Map<String, String> actual = new TreeMap<>();
        for (DiagnosticCode code : DiagnosticCode.values()) {
            actual.put(code.id(), code.severity().label());
        }
        for (ConfigCode code : ConfigCode.values()) {
            actual.put(code.id(), "error");
        }
        assertEquals(actual, documented);
    }

    @Test
    void codesAreUniqueAndWellFormed() {
        Set<String> seen = new HashSet<>();
        for (DiagnosticCode code : DiagnosticCode.values()) {
            assertTrue(code.id().matches("DS\\d{4}"), code.id());
            assertTrue(seen.add(code.id()), code.id() + " used twice");
        }
        for (ConfigCode code : ConfigCode.values()) {
            assertTrue(seen.add(code.id()), code.id() + " used twice");
        }
    }

    private static Path docs() {
        String testdata = System.getProperty("dschema.testdata");
        Path root = testdata != null && !testdata.isBlank() ? Path.of(testdata).getParent() : Path.of("..");
        return root.resolve("docs");
    }
}
