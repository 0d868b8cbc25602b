package io.dschema.lsp;

import io.dschema.analysis.Analyzer;
import io.dschema.analysis.Diagnostic;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Severity;
import io.dschema.lower.LoweredSchema;
import io.dschema.lower.Lowering;
import io.dschema.lower.SchemaReader;
import io.dschema.lower.SourceFile;
import io.dschema.model.SourceRange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Syntax and semantic diagnostics of a project's schema: its files as the editor holds them (an
 * open document's text wins over the disk), lowered together, then analysed. Files are named by
 * their absolute path, so every source range leads back to its file.
 */
record FirstPass(List<SourceFile> sources, LoweredSchema lowered, List<Diagnostic> diagnostics) {

    static FirstPass run(List<Path> files, Documents documents) {
        List<SourceFile> sources = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Path file : files) {
            Optional<Documents.Snapshot> open = documents.byPath(file);
            if (open.isPresent()) {
                sources.add(new SourceFile(file.toString(), open.get().text()));
                continue;
            }
            try {
                sources.add(new SourceFile(file.toString(), SchemaReader.decode(Files.readAllBytes(file))));
            } catch (IOException e) {
                diagnostics.add(Diagnostic.of(DiagnosticCode.UNREADABLE_FILE,
                        "cannot read the file (" + e.getClass().getSimpleName() + "): check that it exists and is UTF-8 text",
                        new SourceRange(file.toString(), 0, 0, 1, 1, 1, 1)));
            }
        }
        LoweredSchema lowered = Lowering.lowerSchema(sources);
        diagnostics.addAll(lowered.diagnostics());
        diagnostics.addAll(Analyzer.analyze(lowered.schema()));
        return new FirstPass(sources, lowered, diagnostics);
    }

    boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
