package io.dschema.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import io.dschema.grammar.DSchemaParser.SchemaFileContext;
import io.dschema.grammar.ParseResult;
import io.dschema.grammar.Syntax;
import io.dschema.lower.LoweredFile;
import io.dschema.lower.Lowering;
import io.dschema.lower.ModelDump;
import io.dschema.lower.SourceFile;
import io.dschema.model.Schema;
import java.util.List;
import java.util.Optional;

/**
 * The properties every formatting must have, as assertions: a file with syntax errors comes back
 * untouched; any other is formatted (not refused), formatting again changes nothing, and the
 * output means the same and keeps every comment.
 */
final class FormatProperties {

    /** The formatter's own safety net; the lowered models are compared too (see {@link #model}). */
    static final MeaningCheck MEANING = new TokenMeaningCheck();

    private FormatProperties() {
    }

    static void check(String name, String text) {
        FormatResult result = Formatter.format(text);
        if (!result.syntaxErrors().isEmpty()) {
            // The errors come from the formatter's own parse of the text: no need to parse twice.
            assertEquals(text, result.text(), name + ": a file with syntax errors must stay untouched");
            assertNotNull(result.reason(), name + ": a refusal says why");
            assertFalse(result.changed(), name);
            return;
        }
        ParseResult<SchemaFileContext> before = Syntax.parseSchema(text);
        assertEquals(List.of(), before.errors(), name + ": formatted a file with syntax errors");
        if (result.refused()) {
            fail(name + ": refused a file that parses: " + result.reason());
        }
        String once = result.text();
        FormatResult again = Formatter.format(once);
        assertEquals(once, again.text(), name + ": formatting is not idempotent");
        assertFalse(again.changed(), name);
        ParseResult<SchemaFileContext> after = Syntax.parseSchema(once);
        assertEquals(0, after.errors().size(), name + ": output does not parse: " + after.errors());
        Optional<String> meaning = MEANING.difference(before, after);
        meaning.ifPresent(difference -> fail(name + ": meaning changed: " + difference));
        assertEquals(model(name, text), model(name, once), name + ": the lowered model changed");
        CommentCheck.difference(before.tokens(), after.tokens()).ifPresent(difference -> fail(name + ": " + difference));
        checkLayout(name, once);
    }

    /** The schema a text declares, without positions, and the codes of what lowering found. */
    private static String model(String name, String text) {
        LoweredFile lowered = Lowering.lowerFile(new SourceFile(name, text));
        return ModelDump.meaning(Schema.ofTables(lowered.tables()))
                + lowered.diagnostics().stream().map(d -> d.code().id()).sorted().toList();
    }

    /** No trailing blanks, one line ending at the end, no two blank lines in a row. */
    private static void checkLayout(String name, String text) {
        if (text.isEmpty()) {
            return;
        }
        String[] lines = text.split("\r?\n", -1);
        assertEquals("", lines[lines.length - 1], name + ": must end with a line ending");
        for (int i = 0; i < lines.length - 1; i++) {
            String line = lines[i];
            if (!line.isEmpty() && Character.isWhitespace(line.charAt(line.length() - 1))) {
                fail(name + ": trailing blank on line " + (i + 1) + ": '" + line + "'");
            }
            if (i > 0 && line.isEmpty() && lines[i - 1].isEmpty()) {
                fail(name + ": two blank lines in a row at line " + (i + 1));
            }
        }
        if (lines.length > 1 && lines[lines.length - 2].isEmpty()) {
            fail(name + ": blank line at the end");
        }
    }
}
