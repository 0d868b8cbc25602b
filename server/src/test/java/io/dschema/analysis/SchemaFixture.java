package io.dschema.analysis;

import io.dschema.lower.Lowering;
import io.dschema.lower.LoweredSchema;
import io.dschema.lower.SourceFile;
import java.util.ArrayList;
import java.util.List;

/** Lowers and analyses schema texts the way {@code dschema check} does, for tests. */
public final class SchemaFixture {

    private SchemaFixture() {
    }

    /** Every diagnostic (syntax, lowering, semantic) of one file named {@code schema.dschema}. */
    public static List<Diagnostic> diagnostics(String text) {
        return diagnostics(List.of(new SourceFile("schema.dschema", text)));
    }

    public static List<Diagnostic> diagnostics(List<SourceFile> files) {
        LoweredSchema lowered = Lowering.lowerSchema(files);
        List<Diagnostic> all = new ArrayList<>(lowered.diagnostics());
        all.addAll(Analyzer.analyze(lowered.schema()));
        return all;
    }

    /** Only the diagnostics with that code, as {@code line:col: message} lines. */
    public static List<String> withCode(String text, DiagnosticCode code) {
        return diagnostics(text).stream()
                .filter(d -> d.code() == code)
                .map(d -> d.range().line() + ":" + d.range().column() + ": " + d.message())
                .toList();
    }

    /** Only the diagnostics with that code over several files, as {@code path:line:col: message} lines. */
    public static List<String> withCode(List<SourceFile> files, DiagnosticCode code) {
        return diagnostics(files).stream()
                .filter(d -> d.code() == code)
                .map(d -> d.range().file() + ":" + d.range().line() + ":" + d.range().column() + ": " + d.message())
                .toList();
    }

    /** The schema one file named {@code schema.dschema} lowers to, to extend by hand (views, triggers). */
    public static io.dschema.model.Schema schema(String text) {
        return Lowering.lowerSchema(List.of(new SourceFile("schema.dschema", text))).schema();
    }

    /** The semantic diagnostics with that code of a schema built by hand, as {@code line:col: message} lines. */
    public static List<String> withCode(io.dschema.model.Schema schema, DiagnosticCode code) {
        return Analyzer.analyze(schema).stream()
                .filter(d -> d.code() == code)
                .map(d -> d.range().line() + ":" + d.range().column() + ": " + d.message())
                .toList();
    }
}
