package io.dschema.lsp;

import io.dschema.analysis.Diagnostic;
import io.dschema.analysis.Severity;
import io.dschema.ide.RiskDiagnostics;
import io.dschema.ide.StaleRenameHints;
import io.dschema.model.SourceRange;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Engine diagnostics (code point ranges) to protocol diagnostics (UTF-16 ranges), with the engine's code and message. */
final class DiagnosticsConverter {

    static final String SOURCE = "dschema";

    private DiagnosticsConverter() {
    }

    static org.eclipse.lsp4j.Diagnostic of(Diagnostic diagnostic, Positions positions) {
        org.eclipse.lsp4j.Diagnostic out = new org.eclipse.lsp4j.Diagnostic(range(diagnostic.range(), positions),
                diagnostic.message(), severity(diagnostic.severity()), SOURCE, diagnostic.code().id());
        if (diagnostic.range() != null && !diagnostic.range().isNone()) {
            // code points: quick fixes find the object by these, whatever units the client sends the range back in
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("start", diagnostic.range().start());
            data.put("end", diagnostic.range().end());
            out.setData(data);
        }
        return out;
    }

    static org.eclipse.lsp4j.Diagnostic of(RiskDiagnostics.Finding finding, Positions positions) {
        org.eclipse.lsp4j.Diagnostic out = new org.eclipse.lsp4j.Diagnostic(range(finding.range(), positions),
                finding.message(), severity(finding.severity()), SOURCE, finding.code());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("risk", finding.code());
        data.put("table", finding.table());
        if (finding.column() != null) {
            data.put("column", finding.column());
        }
        if (finding.count() >= 0) {
            data.put("count", finding.count());
        }
        out.setData(data);
        if (StaleRenameHints.CODE.equals(finding.code())) {
            out.setTags(List.of(DiagnosticTag.Unnecessary)); // shown faded: text that can go
        }
        return out;
    }

    /** A range with only a file (a problem of the whole file) is its first character. */
    private static Range range(SourceRange range, Positions positions) {
        if (range == null || range.isNone() || positions == null) {
            return new Range(new Position(0, 0), new Position(0, 0));
        }
        return positions.range(range);
    }

    static DiagnosticSeverity severity(Severity severity) {
        return switch (severity) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFORMATION -> DiagnosticSeverity.Information;
            case HINT -> DiagnosticSeverity.Hint;
        };
    }
}
