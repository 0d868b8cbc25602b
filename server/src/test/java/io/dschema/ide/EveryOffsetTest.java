package io.dschema.ide;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dschema.lower.Lowering;
import io.dschema.lower.SourceFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hover and completion at every offset of every schema under testdata (the broken ones of
 * testdata/parser/err too), and just outside the text: neither ever throws, and whatever they
 * return points into the file. The unguarded versions are called too: the features' last
 * catch-all must not be what keeps them from throwing.
 */
class EveryOffsetTest {

    @TestFactory
    Stream<DynamicTest> everyOffsetOfEverySchema() throws IOException {
        Path testdata = Path.of(System.getProperty("dschema.testdata", "../testdata"));
        List<Path> schemas;
        try (Stream<Path> files = Files.walk(testdata)) {
            schemas = files.filter(path -> path.toString().endsWith(".dschema")).sorted().toList();
        }
        assertTrue(schemas.size() > 50, "testdata has its schemas");
        assertTrue(schemas.stream().anyMatch(path -> path.toString().contains("parser/err")), "broken schemas included");
        return schemas.stream().map(path -> DynamicTest.dynamicTest(testdata.relativize(path).toString(), () -> run(path)));
    }

    private static void run(Path path) throws IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        List<SourceFile> files = List.of(new SourceFile("schema.dschema", text));
        SchemaContext context = new SchemaContext(files, Lowering.lowerSchema(files), null);
        int length = text.codePointCount(0, text.length());
        for (int offset = -1; offset <= length + 1; offset++) {
            int at = offset;
            assertDoesNotThrow(() -> {
                Hover.at(context, "schema.dschema", at);
                Hover.unguarded(context, "schema.dschema", at).ifPresent(info ->
                        assertTrue(info.range().start() <= at && at <= info.range().end(), "hover range holds the offset"));
                for (boolean snippets : new boolean[] {true, false}) {
                    Completion.at(context, "schema.dschema", at, snippets);
                    for (CompletionEntry entry : Completion.unguarded(context, "schema.dschema", at, snippets)) {
                        assertTrue(entry.replace().end() == at && entry.replace().start() <= at, "replace range ends at the cursor");
                        assertTrue(snippets || !entry.snippet(), "no snippet without snippet support");
                    }
                }
            }, () -> path + " at offset " + at);
        }
    }
}
