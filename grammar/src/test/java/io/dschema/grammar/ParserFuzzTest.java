package io.dschema.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Robustness: random mutations of the test data (tokens or characters deleted, duplicated,
 * swapped or inserted; lines cut or repeated) never make the facade throw, and always give a tree
 * and well-formed errors. Seeds are fixed, so a failure reproduces; the message prints the input.
 */
class ParserFuzzTest {

    private static final long SEED = 0x5eed_d5c4L;
    private static final int QUICK_CASES = 300;
    private static final int SLOW_CASES = 20_000;
    private static final String INTERESTING = "(){}[]'\"`;,.\n\r\t -/*+=<>!|&~?@:$#x0\u00e9\ud83d\ude00";

    @Test
    void mutatedSchemasNeverBreakTheParser() {
        fuzz(schemaSeeds(), QUICK_CASES, SEED, Syntax::parseSchema);
    }

    @Test
    void mutatedCreateStatementsNeverBreakTheParser() {
        List<String> seeds = sqlSeeds();
        fuzz(seeds, QUICK_CASES / 4, SEED + 1, Syntax::parseCreateTable);
        fuzz(seeds, QUICK_CASES / 4, SEED + 2, Syntax::parseCreateIndex);
        fuzz(seeds, QUICK_CASES / 4, SEED + 3, Syntax::parseExpression);
    }

    @Test
    void degenerateInputs() {
        for (String text : List.of("", " ", "\n", "{", "}", "(", ")", "table", "table t", "table t {", "table t }",
                "table t {{{{", "table t {\n" + "(".repeat(500) + "\n}", "table t { a " + "not null ".repeat(200) + "}",
                "'", "\"", "`", "[", "/*", "///", "--", "\r", "\r\n\r\n", "\u0000", "\ufeff table t {}",
                "table t {\n  a integer check (" + "a + ".repeat(300) + "1)\n}")) {
            check(text, Syntax::parseSchema);
            check(text, Syntax::parseCreateTable);
            check(text, Syntax::parseCreateIndex);
            check(text, Syntax::parseExpression);
        }
    }

    @Tag("slow")
    @Test
    void manyMutatedSchemas() {
        fuzz(schemaSeeds(), SLOW_CASES, SEED + 10, Syntax::parseSchema);
        List<String> seeds = sqlSeeds();
        fuzz(seeds, SLOW_CASES / 4, SEED + 11, Syntax::parseCreateTable);
        fuzz(seeds, SLOW_CASES / 4, SEED + 12, Syntax::parseCreateIndex);
    }

    private static void fuzz(List<String> seeds, int cases, long seed, Function<String, ParseResult<?>> parse) {
        assertFalse(seeds.isEmpty(), "no seed inputs");
        Random random = new Random(seed);
        for (int i = 0; i < cases; i++) {
            String text = seeds.get(random.nextInt(seeds.size()));
            int mutations = 1 + random.nextInt(4);
            for (int m = 0; m < mutations; m++) {
                text = mutate(text, random);
            }
            check(text, parse);
            if (i % 10 == 0) {
                // The same text always gives the same errors (no state kept between parses).
                String same = text;
                assertEquals(parse.apply(same).errors(), parse.apply(same).errors(),
                        () -> "a second parse differs for:\n" + same);
            }
        }
    }

    private static void check(String text, Function<String, ParseResult<?>> parse) {
        ParseResult<?> result;
        try {
            result = parse.apply(text);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("the parser threw on this input:\n" + text, e);
        }
        assertNotNull(result.tree(), () -> "no tree for:\n" + text);
        assertNotNull(result.tokens(), () -> "no tokens for:\n" + text);
        int length = text.codePointCount(0, text.length());
        int previousStart = -1;
        for (SyntaxError error : result.errors()) {
            String where = error + " for:\n" + text;
            assertTrue(error.line() >= 1 && error.column() >= 1, () -> "bad position " + where);
            assertTrue(0 <= error.start() && error.start() <= error.end() && error.end() <= length, () -> "bad range " + where);
            assertTrue(error.start() >= previousStart, () -> "errors out of text order " + where);
            assertFalse(error.message().isBlank(), () -> "empty message " + where);
            previousStart = error.start();
        }
    }

    /** One random edit: on tokens (as the lexer cuts the text) or on characters or lines. */
    static String mutate(String text, Random random) {
        List<String> tokens = tokens(text);
        if (tokens.size() > 1 && random.nextInt(3) > 0) {
            int i = random.nextInt(tokens.size());
            switch (random.nextInt(4)) {
                case 0 -> tokens.remove(i);
                case 1 -> tokens.add(i, tokens.get(i));
                case 2 -> {
                    int j = random.nextInt(tokens.size());
                    String swap = tokens.get(i);
                    tokens.set(i, tokens.get(j));
                    tokens.set(j, swap);
                }
                default -> tokens.add(i, tokens.get(random.nextInt(tokens.size())));
            }
            return String.join("", tokens);
        }
        if (text.isEmpty()) {
            return String.valueOf(INTERESTING.charAt(random.nextInt(INTERESTING.length())));
        }
        int at = random.nextInt(text.length());
        return switch (random.nextInt(5)) {
            case 0 -> text.substring(0, at) + text.substring(at + 1);
            case 1 -> text.substring(0, at) + pick(random) + text.substring(at);
            case 2 -> text.substring(0, at);
            case 3 -> {
                int end = text.indexOf('\n', at);
                int start = text.lastIndexOf('\n', at) + 1;
                String line = text.substring(start, end < 0 ? text.length() : end + 1);
                yield text.substring(0, start) + line + text.substring(start);
            }
            default -> {
                int other = random.nextInt(text.length());
                int a = Math.min(at, other);
                int b = Math.max(at, other);
                yield text.substring(0, a) + text.substring(b);
            }
        };
    }

    private static String pick(Random random) {
        int[] codePoints = INTERESTING.codePoints().toArray();
        return new String(Character.toChars(codePoints[random.nextInt(codePoints.length)]));
    }

    private static List<String> tokens(String text) {
        DSchemaLexer lexer = new DSchemaLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<String> tokens = new ArrayList<>();
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            tokens.add(token.getText());
        }
        return tokens;
    }

    private static List<String> schemaSeeds() {
        Path parser = Goldens.testdata().resolve("parser");
        List<String> seeds = new ArrayList<>();
        for (String dir : List.of("ok", "err")) {
            for (Path file : Goldens.list(parser.resolve(dir), ".dschema")) {
                seeds.add(Goldens.read(file));
            }
        }
        return seeds;
    }

    private static List<String> sqlSeeds() {
        Path sqlite = Goldens.testdata().resolve("sqlite");
        List<String> seeds = new ArrayList<>();
        for (String dir : List.of("create-table", "create-index")) {
            for (Path file : Goldens.list(sqlite.resolve(dir), ".sql")) {
                seeds.addAll(SqlScripts.split(Goldens.read(file)));
            }
        }
        return seeds;
    }
}
