package io.dschema.analysis;

import io.dschema.model.SourceRange;

/** One finding about a schema, with its stable code, where it is, and a message naming the fix. */
public record Diagnostic(DiagnosticCode code, Severity severity, String message, SourceRange range) {

    public static Diagnostic of(DiagnosticCode code, String message, SourceRange range) {
        return new Diagnostic(code, code.severity(), message, range);
    }

    /** {@code path:line:col: severity[DSxxxx]: message}, as every command prints it. */
    public String format() {
        return range.file() + ":" + range.line() + ":" + range.column() + ": "
                + severity.label() + "[" + code.id() + "]: " + message;
    }
}
