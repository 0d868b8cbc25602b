package io.dschema.analysis;

import io.dschema.model.Schema;
import java.util.Comparator;
import java.util.List;

/** Runs every semantic rule over a schema. */
public final class Analyzer {

    private Analyzer() {
    }

    public static List<Diagnostic> analyze(Schema schema) {
        AnalysisContext context = new AnalysisContext(schema);
        Reporter reporter = new Reporter();
        for (Rule rule : Rules.ALL) {
            rule.check(context, reporter);
        }
        List<Diagnostic> diagnostics = reporter.diagnostics();
        diagnostics.sort(Comparator.comparing((Diagnostic d) -> d.range().file())
                .thenComparingInt(d -> d.range().start()));
        return diagnostics;
    }
}
