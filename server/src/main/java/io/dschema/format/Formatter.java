package io.dschema.format;

import io.dschema.grammar.DSchemaParser.SchemaFileContext;
import io.dschema.grammar.DSchemaParser.TableDeclContext;
import io.dschema.grammar.ParseResult;
import io.dschema.grammar.Syntax;
import io.dschema.grammar.SyntaxError;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.antlr.v4.runtime.Token;

/**
 * The .dschema formatter: one canonical layout (docs/language.md, "Formatting").
 *
 * <p>It never formats a file that does not parse, and never throws on any text: it gives the text
 * back untouched with a reason instead. Every output is parsed again and compared with the input
 * (same meaning, same comments) before it is returned, so that a formatter bug costs a refusal,
 * never a changed schema.
 */
public final class Formatter {

    private static final Formatter STANDARD = new Formatter(new TokenMeaningCheck());

    private final MeaningCheck meaningCheck;

    /** A formatter that checks its output with the given comparison. */
    public Formatter(MeaningCheck meaningCheck) {
        this.meaningCheck = Objects.requireNonNull(meaningCheck);
    }

    /** Formats a whole file. */
    public static FormatResult format(String text) {
        return STANDARD.formatFile(text);
    }

    /**
     * Formats the tables that intersect the range {@code [startOffset, endOffset)} (code point
     * offsets; an empty range formats the table around that offset), each table as a whole, and
     * leaves the rest of the file alone.
     */
    public static RangeFormatResult formatRange(String text, int startOffset, int endOffset) {
        return STANDARD.formatTables(text, startOffset, endOffset);
    }

    public FormatResult formatFile(String text) {
        Objects.requireNonNull(text, "text");
        try {
            ParseResult<SchemaFileContext> parsed = Syntax.parseSchema(text);
            if (parsed.hasErrors()) {
                return FormatResult.refused(text, syntaxReason(parsed.errors()), parsed.errors());
            }
            String formatted = new FileLayout(parsed).format();
            Optional<String> problem = verify(parsed, formatted);
            return problem.isPresent()
                    ? FormatResult.refused(text, problem.get(), List.of())
                    : FormatResult.formatted(text, formatted);
        } catch (RuntimeException | StackOverflowError e) {
            return FormatResult.refused(text, internalReason(e), List.of());
        }
    }

    public RangeFormatResult formatTables(String text, int startOffset, int endOffset) {
        Objects.requireNonNull(text, "text");
        try {
            ParseResult<SchemaFileContext> parsed = Syntax.parseSchema(text);
            if (parsed.hasErrors()) {
                return RangeFormatResult.refused(text, syntaxReason(parsed.errors()), parsed.errors());
            }
            List<TextEdit> edits = tableEdits(text, parsed, Math.min(startOffset, endOffset),
                    Math.max(startOffset, endOffset));
            String formatted = TextEdit.apply(text, edits);
            Optional<String> problem = verify(parsed, formatted);
            return problem.isPresent()
                    ? RangeFormatResult.refused(text, problem.get(), List.of())
                    : new RangeFormatResult(edits, formatted, null, List.of());
        } catch (RuntimeException | StackOverflowError e) {
            return RangeFormatResult.refused(text, internalReason(e), List.of());
        }
    }

    /** Each edit replaces a table (with the blanks before it on its line) by its formatted text. */
    private static List<TextEdit> tableEdits(String text, ParseResult<SchemaFileContext> parsed, int start, int end) {
        FileLayout layout = new FileLayout(parsed);
        SourceTokens tokens = layout.tokens();
        int[] codePoints = text.codePoints().toArray();
        List<TextEdit> edits = new ArrayList<>();
        for (TableDeclContext table : layout.tableDecls()) {
            Token first = table.getStart();
            int tableStart = first.getStartIndex();
            int tableEnd = table.getStop().getStopIndex() + 1;
            boolean hit = start == end ? tableStart <= start && start <= tableEnd : start < tableEnd && tableStart < end;
            if (!hit) {
                continue;
            }
            int editStart = tokens.onlyBlanksBefore(first.getTokenIndex()) ? lineStart(codePoints, tableStart) : tableStart;
            String replacement = layout.table(table);
            if (!replacement.equals(new String(codePoints, editStart, tableEnd - editStart))) {
                edits.add(new TextEdit(editStart, tableEnd, replacement));
            }
        }
        return edits;
    }

    private static int lineStart(int[] codePoints, int offset) {
        int start = offset;
        while (start > 0 && codePoints[start - 1] != '\n' && codePoints[start - 1] != '\r') {
            start--;
        }
        return start;
    }

    private Optional<String> verify(ParseResult<SchemaFileContext> before, String formatted) {
        ParseResult<SchemaFileContext> after = Syntax.parseSchema(formatted);
        if (after.hasErrors()) {
            return Optional.of(bug("the output would not parse: " + after.errors().get(0).message()));
        }
        Optional<String> meaning = meaningCheck.difference(before, after);
        if (meaning.isPresent()) {
            return Optional.of(bug("the output would mean something else: " + meaning.get()));
        }
        return CommentCheck.difference(before.tokens(), after.tokens()).map(Formatter::bug);
    }

    private static String syntaxReason(List<SyntaxError> errors) {
        SyntaxError first = errors.get(0);
        return "not formatted: the file has " + errors.size() + (errors.size() == 1 ? " syntax error" : " syntax errors")
                + "; the first at line " + first.line() + ", column " + first.column() + ": " + first.message();
    }

    private static String bug(String problem) {
        return "not formatted (a formatter bug, please report it): " + problem;
    }

    private static String internalReason(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "not formatted: the file nests too deeply to be read";
        }
        return bug(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
}
