package io.dschema.format;

import io.dschema.grammar.DSchemaLexer;
import io.dschema.grammar.Syntax;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * Valid test files with comments, line breaks, blanks and separators inserted at random token
 * boundaries (seeded, so a failure repeats): the places where comments and line breaks can stand
 * are where a layout goes wrong, and golden cases cannot list them all. Every variant must keep
 * the formatting properties (most still parse; the others must come back untouched).
 */
class MutationFuzzTest {

    private static final List<String> INSERTS = List.of(
            " ", "\n", "\n\n", "\t", "/* c */", "/* multi\n  line */", "// line\n", "-- dash\n",
            "/// doc\n", ";", ",", "\n;\n", "\r\n");

    @TestFactory
    Stream<DynamicTest> sampled() {
        return variants(4);
    }

    @Tag("slow")
    @TestFactory
    Stream<DynamicTest> many() {
        return variants(200);
    }

    private static Stream<DynamicTest> variants(int perFile) {
        Path root = TestData.root();
        return TestData.schemaFiles(root).stream()
                .filter(path -> !Syntax.parseSchema(TestData.read(path)).hasErrors())
                .map(path -> DynamicTest.dynamicTest(root.relativize(path).toString(), () -> {
                    String text = TestData.read(path);
                    Random random = new Random(path.getFileName().toString().hashCode());
                    for (int i = 0; i < perFile; i++) {
                        String mutated = mutate(text, random, 1 + random.nextInt(4));
                        FormatProperties.check(path + " mutation " + i + ":\n" + mutated, mutated);
                    }
                }));
    }

    /** Inserts {@code count} random pieces, each at the start of a random token. */
    static String mutate(String text, Random random, int count) {
        String out = text;
        for (int i = 0; i < count; i++) {
            DSchemaLexer lexer = new DSchemaLexer(CharStreams.fromString(out));
            lexer.removeErrorListeners();
            List<? extends Token> tokens = lexer.getAllTokens();
            int offset = tokens.isEmpty() ? 0
                    : out.offsetByCodePoints(0, tokens.get(random.nextInt(tokens.size())).getStartIndex());
            String insert = INSERTS.get(random.nextInt(INSERTS.size()));
            out = out.substring(0, offset) + insert + out.substring(offset);
        }
        return out;
    }
}
