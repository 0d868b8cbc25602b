package io.dschema.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.dschema.ide.QuickFixes;
import io.dschema.ide.RiskDiagnostics;
import io.dschema.ide.SchemaContext;
import io.dschema.lower.SourceFile;
import io.dschema.model.SourceRange;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code quickfix} code actions of the diagnostics a client sends back with a code action
 * request: each one's code and data go to {@link QuickFixes} (the range, converted from UTF-16,
 * only when the data says nothing), and each fix comes back as a workspace edit attached to its
 * diagnostic. The schema is lowered from the documents as they are now; the push preview (for
 * rename questions' candidates) is worked out only when a rename question is among them.
 */
final class QuickFixActions {

    private QuickFixActions() {
    }

    static List<Either<Command, CodeAction>> of(DschemaLanguageServer server, Project project, String uri,
                                                List<Diagnostic> diagnostics) {
        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        List<Diagnostic> ours = diagnostics.stream()
                .filter(d -> d.getSource() == null || DiagnosticsConverter.SOURCE.equals(d.getSource()))
                .filter(d -> code(d) != null).toList();
        Path path = Uris.toPath(uri);
        if (ours.isEmpty() || path == null) {
            return actions;
        }
        FirstPass pass = FirstPass.run(project.files(), server.documents);
        SchemaContext context = new SchemaContext(pass.sources(), pass.lowered(), null);
        if (project.hasTarget() && ours.stream().anyMatch(d -> RiskDiagnostics.RENAME_QUESTION.equals(code(d)))) {
            context = ProjectAnalysis.riskPass(project, pass, ProjectAnalysis.firstPass(project, pass), server.baselines)
                    .published().context();
        }
        String file = path.toString();
        Map<String, Positions> positions = new HashMap<>();
        for (SourceFile source : context.files()) {
            positions.put(source.path(), new Positions(source.text()));
        }
        Positions here = positions.get(file);
        if (here == null) {
            return actions;
        }
        for (Diagnostic diagnostic : ours) {
            int start = diagnostic.getRange() == null ? -1 : here.codePointOffset(diagnostic.getRange().getStart());
            int end = diagnostic.getRange() == null ? -1 : here.codePointOffset(diagnostic.getRange().getEnd());
            for (QuickFixes.Fix fix : QuickFixes.of(context, file, code(diagnostic), start, end, data(diagnostic.getData()))) {
                actions.add(Either.forRight(action(fix, diagnostic, positions)));
            }
        }
        return actions;
    }

    private static CodeAction action(QuickFixes.Fix fix, Diagnostic diagnostic, Map<String, Positions> positions) {
        Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
        for (QuickFixes.TextEdit edit : fix.edits()) {
            Positions positionsOfFile = positions.get(edit.file());
            if (positionsOfFile == null) {
                continue;
            }
            SourceRange range = new SourceRange(edit.file(), edit.start(), edit.end(), 1, 1, 1, 1);
            changes.computeIfAbsent(Uris.toUri(Path.of(edit.file())), k -> new ArrayList<>())
                    .add(new TextEdit(positionsOfFile.range(range), edit.newText()));
        }
        CodeAction action = new CodeAction(fix.title());
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(diagnostic));
        action.setEdit(new WorkspaceEdit(changes));
        return action;
    }

    private static String code(Diagnostic diagnostic) {
        Either<String, Integer> code = diagnostic.getCode();
        if (code == null) {
            return null;
        }
        return code.isLeft() ? code.getLeft() : String.valueOf(code.getRight());
    }

    /** The data as strings: a JSON object from the wire, or the map the server made (in process). */
    private static Map<String, String> data(Object data) {
        Map<String, String> out = new HashMap<>();
        if (data instanceof JsonObject object) {
            for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
                if (entry.getValue().isJsonPrimitive()) {
                    out.put(entry.getKey(), entry.getValue().getAsString());
                }
            }
        } else if (data instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (key != null && value != null) {
                    out.put(key.toString(), value.toString());
                }
            });
        }
        return out;
    }
}
