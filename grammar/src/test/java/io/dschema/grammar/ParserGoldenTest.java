package io.dschema.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Parser goldens: every {@code testdata/parser/ok/*.dschema} parses without errors to the tree in
 * its {@code .tree} file; every {@code testdata/parser/err/*.dschema} gives exactly the errors of
 * its {@code .errors} file (a count line, then {@code line:col: message} per error) and the partial
 * tree of its {@code .tree} file. {@code -Ddschema.update=true} rewrites the goldens.
 *
 * <p>A case may also state what must hold whatever the golden says, in comment lines of its own
 * (they are comments, so the parser ignores them):
 * <pre>
 * // expect errors: 1               exactly this many errors
 * // expect error lines: 4          the errors are on these lines, in this order
 * // expect members: users.id, users.email    these members (column or index names) are in the tree
 * </pre>
 * These keep the essential property of an error case (one error, on the right line, the rest of the
 * table still parsed) from being lost in a careless golden update.
 */
class ParserGoldenTest {

    private static final Pattern DIRECTIVE = Pattern.compile("^\\s*//\\s*expect ([a-z ]+):(.*)$", Pattern.MULTILINE);

    static Path parserData() {
        return Goldens.testdata().resolve("parser");
    }

    @TestFactory
    Stream<DynamicTest> ok() {
        List<Path> cases = Goldens.list(parserData().resolve("ok"), ".dschema");
        assertFalse(cases.isEmpty(), "no cases in " + parserData().resolve("ok"));
        return cases.stream().map(file -> DynamicTest.dynamicTest(caseName(file), file.toUri(), () -> {
            String text = Goldens.read(file);
            ParseResult<DSchemaParser.SchemaFileContext> result = Syntax.parseSchema(text);
            if (result.hasErrors()) {
                fail(file + " must parse without errors, but has " + renderErrors(result.errors()));
            }
            checkDirectives(text, result);
            Goldens.check(Goldens.sibling(file, ".dschema", ".tree"), TreePrinter.render(result.tree(), result.tokens()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> err() {
        List<Path> cases = Goldens.list(parserData().resolve("err"), ".dschema");
        assertFalse(cases.isEmpty(), "no cases in " + parserData().resolve("err"));
        return cases.stream().map(file -> DynamicTest.dynamicTest(caseName(file), file.toUri(), () -> {
            String text = Goldens.read(file);
            ParseResult<DSchemaParser.SchemaFileContext> result = Syntax.parseSchema(text);
            assertNotNull(result.tree());
            assertFalse(result.errors().isEmpty(), file + " must have syntax errors");
            assertTrue(text.contains("// expect errors:"), file + " must state its error count in an '// expect errors:' line");
            checkDirectives(text, result);
            Goldens.check(Goldens.sibling(file, ".dschema", ".errors"), renderErrors(result.errors()));
            Goldens.check(Goldens.sibling(file, ".dschema", ".tree"), TreePrinter.render(result.tree(), result.tokens()));
        }));
    }

    /** A golden without its case is a leftover of a renamed or deleted case. */
    @Test
    void noOrphanGoldens() throws IOException {
        List<Path> orphans = new ArrayList<>();
        for (String kind : List.of("ok", "err")) {
            Path dir = parserData().resolve(kind);
            for (String suffix : List.of(".tree", ".errors")) {
                for (Path golden : Goldens.list(dir, suffix)) {
                    if (!Files.exists(Goldens.sibling(golden, suffix, ".dschema"))) {
                        orphans.add(golden);
                    }
                }
            }
        }
        if (Goldens.updating()) {
            for (Path orphan : orphans) {
                Files.delete(orphan);
            }
            return;
        }
        assertEquals(List.of(), orphans, "goldens without a .dschema case; delete them or run with -Ddschema.update=true");
    }

    static String caseName(Path file) {
        return file.getParent().getFileName() + "/" + file.getFileName();
    }

    static String renderErrors(List<SyntaxError> errors) {
        StringBuilder out = new StringBuilder();
        out.append(errors.size()).append(errors.size() == 1 ? " error\n" : " errors\n");
        for (SyntaxError error : errors) {
            out.append(error.line()).append(':').append(error.column()).append(": ").append(error.message()).append('\n');
        }
        return out.toString();
    }

    private static void checkDirectives(String text, ParseResult<DSchemaParser.SchemaFileContext> result) {
        Matcher matcher = DIRECTIVE.matcher(text);
        while (matcher.find()) {
            String key = matcher.group(1).trim();
            String value = matcher.group(2).trim();
            switch (key) {
                case "errors" -> assertEquals(Integer.parseInt(value), result.errors().size(),
                        () -> "error count; errors:\n" + renderErrors(result.errors()));
                case "error lines" -> assertEquals(splitList(value),
                        result.errors().stream().map(e -> String.valueOf(e.line())).toList(),
                        () -> "error lines; errors:\n" + renderErrors(result.errors()));
                case "members" -> {
                    Set<String> members = members(result.tree());
                    for (String expected : splitList(value)) {
                        assertTrue(members.contains(expected),
                                () -> "the tree must hold member " + expected + "; it holds " + members);
                    }
                }
                default -> throw new AssertionError("unknown directive '// expect " + key + ":'");
            }
        }
    }

    private static List<String> splitList(String value) {
        return Stream.of(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** {@code table.member} for every column and index the tree holds (by their declared names). */
    static Set<String> members(DSchemaParser.SchemaFileContext file) {
        Set<String> members = new LinkedHashSet<>();
        for (DSchemaParser.TableDeclContext table : file.tableDecl()) {
            String tableName = table.declName() == null ? "?" : table.declName().getText();
            members.add(tableName);
            if (table.tableBody() == null) {
                continue;
            }
            for (DSchemaParser.MemberContext member : table.tableBody().member()) {
                DSchemaParser.DeclNameContext name = null;
                if (member.columnDef() != null) {
                    name = member.columnDef().declName();
                } else if (member.indexDef() != null) {
                    name = member.indexDef().declName();
                }
                if (name != null && !hasMissingToken(name)) {
                    members.add(tableName + "." + name.getText());
                }
            }
        }
        return members;
    }

    private static boolean hasMissingToken(ParseTree tree) {
        if (tree instanceof ParserRuleContext rule) {
            for (int i = 0; i < rule.getChildCount(); i++) {
                if (hasMissingToken(rule.getChild(i))) {
                    return true;
                }
            }
            return rule.getChildCount() == 0;
        }
        return tree.getText().startsWith("<missing");
    }
}
