package io.dschema.format;

import io.dschema.grammar.SyntaxError;
import java.util.List;

/**
 * What {@link Formatter#format} gives back: the formatted text, or, when the formatter declined
 * (the file has syntax errors, or, as a safety net, its output would not have meant the same), the
 * original text untouched and the reason.
 *
 * @param text the formatted text, or the original text when refused
 * @param changed whether {@code text} differs from the input
 * @param reason why the text was left alone; null when it was formatted
 * @param syntaxErrors the input's syntax errors when that was the reason; otherwise empty
 */
public record FormatResult(String text, boolean changed, String reason, List<SyntaxError> syntaxErrors) {

    public FormatResult {
        syntaxErrors = List.copyOf(syntaxErrors);
    }

    static FormatResult formatted(String original, String formatted) {
        return new FormatResult(formatted, !formatted.equals(original), null, List.of());
    }

    static FormatResult refused(String original, String reason, List<SyntaxError> syntaxErrors) {
        return new FormatResult(original, false, reason, syntaxErrors);
    }

    /** True when the text was left alone (see {@link #reason()}). */
    public boolean refused() {
        return reason != null;
    }
}
