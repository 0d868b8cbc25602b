package io.dschema.format;

import io.dschema.grammar.SyntaxError;
import java.util.List;

/**
 * What {@link Formatter#formatRange} gives back: one edit per table that intersects the range and
 * was not already formatted (sorted, not overlapping), and the text with the edits applied. When
 * refused, no edits, the original text, and the reason.
 */
public record RangeFormatResult(List<TextEdit> edits, String text, String reason, List<SyntaxError> syntaxErrors) {

    public RangeFormatResult {
        edits = List.copyOf(edits);
        syntaxErrors = List.copyOf(syntaxErrors);
    }

    static RangeFormatResult refused(String original, String reason, List<SyntaxError> syntaxErrors) {
        return new RangeFormatResult(List.of(), original, reason, syntaxErrors);
    }

    public boolean refused() {
        return reason != null;
    }
}
