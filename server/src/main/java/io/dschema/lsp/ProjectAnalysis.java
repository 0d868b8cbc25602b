package io.dschema.lsp;

import io.dschema.analysis.Diagnostic;
import io.dschema.config.ConfigProblem;
import io.dschema.db.DatabaseException;
import io.dschema.config.DatabaseUrl;
import io.dschema.diff.RenameAnswers;
import io.dschema.ide.RiskDiagnostics;
import io.dschema.ide.SchemaContext;
import io.dschema.ide.StaleRenameHints;
import io.dschema.migrate.Generate;
import io.dschema.migrate.folder.MigrationFolder;
import io.dschema.model.Schema;
import io.dschema.lower.SourceFile;
import io.dschema.migrate.Push;
import io.dschema.migrate.PushPreview;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two passes over one project, as protocol diagnostics per file: first syntax and semantic
 * diagnostics (and the config's problems on dschema.json), then, when the schema has no errors and
 * its target is a local file, the risks a push would run into, counted on the cached baseline.
 * Nothing here talks to the client: the caller publishes, so that a stale pass can be dropped.
 */
final class ProjectAnalysis {

    /** What one pass found: diagnostics for every file of the project (empty lists clear old ones). */
    record Published(Map<Path, List<org.eclipse.lsp4j.Diagnostic>> byFile, SchemaContext context) {
    }

    /** What the risk pass adds: the status to send and a message to show once, or null. */
    record RiskOutcome(Published published, Protocol.Status status, String information) {
    }

    private ProjectAnalysis() {
    }

    static Published firstPass(Project project, FirstPass pass) {
        Map<Path, List<org.eclipse.lsp4j.Diagnostic>> byFile = emptyFor(project, pass);
        Map<String, Positions> positions = positions(pass);
        for (Diagnostic diagnostic : pass.diagnostics()) {
            String file = diagnostic.range().file();
            Path path = file == null || file.isEmpty() ? project.files().get(0) : Path.of(file);
            byFile.computeIfAbsent(path, p -> new ArrayList<>())
                    .add(DiagnosticsConverter.of(diagnostic, positions.get(path.toString())));
        }
        addConfigProblems(project, byFile);
        return new Published(byFile, new SchemaContext(pass.sources(), pass.lowered(), null));
    }

    /** The second pass; {@code first} is what the first pass published (the risks are added to it). */
    static RiskOutcome riskPass(Project project, FirstPass pass, Published first, Baselines baselines) {
        String projectUri = Uris.toUri(project.key());
        if (!project.hasTarget()) {
            return new RiskOutcome(first, new Protocol.Status(projectUri, null, -1,
                    project.loaded().config() == null ? "dschema.json has errors" : "this file is not in the schema of " + project.key()),
                    null);
        }
        String database = project.databaseName();
        DatabaseUrl url = project.config().url();
        if (url.kind() != DatabaseUrl.Kind.FILE) {
            return new RiskOutcome(first, new Protocol.Status(projectUri, database, -1,
                    "risks are shown for local files only; run dschema.preview for " + database), null);
        }
        if (pass.hasErrors()) {
            return new RiskOutcome(first, new Protocol.Status(projectUri, database, -1,
                    "fix the schema's errors to see what a push would do"), null);
        }
        PushPreview preview;
        Baselines.Baseline baseline;
        try {
            baseline = baselines.get(project);
            preview = Push.preview(baseline.database(), baseline.inspected(), pass.lowered().schema(),
                    project.inspectOptions(), RenameAnswers.NONE);
        } catch (DatabaseException | RuntimeException e) {
            return new RiskOutcome(first, new Protocol.Status(projectUri, database, -1,
                    "cannot read " + database + ": " + e.getMessage()), null);
        }
        Map<Path, List<org.eclipse.lsp4j.Diagnostic>> byFile = new LinkedHashMap<>();
        first.byFile().forEach((path, list) -> byFile.put(path, new ArrayList<>(list)));
        Map<String, Positions> positions = positions(pass);
        String firstFile = project.files().get(0).toString();
        List<RiskDiagnostics.Finding> findings = new ArrayList<>(RiskDiagnostics.of(preview, pass.lowered().schema(), firstFile));
        findings.addAll(staleHints(project, preview, pass.lowered().schema()));
        for (RiskDiagnostics.Finding finding : findings) {
            String file = finding.range().file().isEmpty() ? firstFile : finding.range().file();
            Path path = Path.of(file);
            byFile.computeIfAbsent(path, p -> new ArrayList<>()).add(DiagnosticsConverter.of(finding, positions.get(file)));
        }
        String information = null;
        if (baseline.missing() && baselines.firstTimeMissing(url.file())) {
            information = database + " does not exist yet: risks are counted on an empty database; push creates it";
        }
        Protocol.Status status = new Protocol.Status(projectUri, database, RiskDiagnostics.pendingChanges(preview),
                baseline.missing() ? database + " does not exist yet" : null);
        return new RiskOutcome(new Published(byFile, new SchemaContext(pass.sources(), pass.lowered(), preview)), status,
                information);
    }

    /**
     * The rename hints stale against every baseline at hand (LANGUAGE.md "Renames"): the database,
     * and the last migration snapshot when the project has a migration folder (read only when the
     * database already makes a hint stale, which is rare, so a pass does not read the folder).
     */
    private static List<RiskDiagnostics.Finding> staleHints(Project project, PushPreview preview, Schema target) {
        List<RiskDiagnostics.Finding> stale = StaleRenameHints.of(preview.inspection().schema(), target);
        MigrationFolder folder = new MigrationFolder(project.config().out());
        if (stale.isEmpty() || !folder.exists()) {
            return stale;
        }
        Generate.Baseline snapshot = Generate.baseline(folder);
        if (!snapshot.problems().isEmpty()) {
            return List.of();
        }
        Set<String> staleThere = new HashSet<>();
        for (RiskDiagnostics.Finding finding : StaleRenameHints.of(snapshot.schema(), target)) {
            staleThere.add(finding.table() + "." + finding.column());
        }
        return stale.stream().filter(f -> staleThere.contains(f.table() + "." + f.column())).toList();
    }

    private static Map<Path, List<org.eclipse.lsp4j.Diagnostic>> emptyFor(Project project, FirstPass pass) {
        Map<Path, List<org.eclipse.lsp4j.Diagnostic>> byFile = new LinkedHashMap<>();
        project.files().forEach(file -> byFile.put(file, new ArrayList<>()));
        if (project.loaded().config() != null && project.loaded().config().configFile() != null) {
            byFile.put(project.loaded().config().configFile().toAbsolutePath().normalize(), new ArrayList<>());
        }
        return byFile;
    }

    private static Map<String, Positions> positions(FirstPass pass) {
        Map<String, Positions> positions = new HashMap<>();
        for (SourceFile source : pass.sources()) {
            positions.put(source.path(), new Positions(source.text()));
        }
        return positions;
    }

    /** The config's problems on dschema.json, where a client that has it open shows them. */
    private static void addConfigProblems(Project project, Map<Path, List<org.eclipse.lsp4j.Diagnostic>> byFile) {
        for (ConfigProblem problem : project.loaded().problems()) {
            if (problem.file() == null) {
                continue;
            }
            int line = Math.max(0, problem.line() - 1);
            int column = Math.max(0, problem.column() - 1);
            Range range = new Range(new Position(line, column), new Position(line, column));
            org.eclipse.lsp4j.Diagnostic diagnostic = new org.eclipse.lsp4j.Diagnostic(range, problem.message(),
                    problem.isError() ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, DiagnosticsConverter.SOURCE,
                    problem.code().id());
            byFile.computeIfAbsent(problem.file().toAbsolutePath().normalize(), p -> new ArrayList<>()).add(diagnostic);
        }
    }
}
