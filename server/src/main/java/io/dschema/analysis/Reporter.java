package io.dschema.analysis;

import io.dschema.model.SourceRange;
import java.util.ArrayList;
import java.util.List;

/** Where rules put their findings. */
public final class Reporter {

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    public void report(DiagnosticCode code, String message, SourceRange range) {
        diagnostics.add(Diagnostic.of(code, message, range));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
