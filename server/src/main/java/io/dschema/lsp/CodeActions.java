package io.dschema.lsp;

import com.google.gson.JsonObject;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The quick fixes of the diagnostics the client sends ({@link QuickFixActions}), then the source actions offered anywhere in a schema file: "Push to <db>" (the label names the
 * target) and "Generate migration", each carrying its command with {@code {uri}} as argument.
 * A client that asks only for other kinds ({@code only}) gets none.
 */
final class CodeActions {

    static final String PUSH_KIND = "source.dschema.push";
    static final String GENERATE_KIND = "source.dschema.generate";

    private CodeActions() {
    }

    /** Every kind offered, for the server's capabilities. */
    static final List<String> KINDS = List.of(CodeActionKind.QuickFix, PUSH_KIND, GENERATE_KIND);

    static List<Either<Command, CodeAction>> of(DschemaLanguageServer server, CodeActionParams params) {
        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        String uri = params.getTextDocument().getUri();
        Optional<Project> project = server.projectOf(uri);
        if (project.isEmpty()) {
            return actions;
        }
        List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
        if (wanted(only, CodeActionKind.QuickFix) && params.getContext() != null && params.getContext().getDiagnostics() != null) {
            actions.addAll(QuickFixActions.of(server, project.get(), uri, params.getContext().getDiagnostics()));
        }
        if (!project.get().hasTarget()) {
            return actions;
        }
        if (wanted(only, PUSH_KIND)) {
            actions.add(Either.forRight(action("Push to " + project.get().databaseName(), PUSH_KIND, Protocol.PUSH, uri)));
        }
        if (wanted(only, GENERATE_KIND)) {
            actions.add(Either.forRight(action("Generate migration", GENERATE_KIND, Protocol.GENERATE, uri)));
        }
        return actions;
    }

    /** LSP's kind filter: a requested kind matches itself and every kind below it (source matches source.dschema.push). */
    private static boolean wanted(List<String> only, String kind) {
        return only == null || only.isEmpty() || only.stream().anyMatch(k -> kind.equals(k) || kind.startsWith(k + "."));
    }

    private static CodeAction action(String title, String kind, String command, String uri) {
        JsonObject argument = new JsonObject();
        argument.addProperty("uri", uri);
        CodeAction action = new CodeAction(title);
        action.setKind(kind);
        action.setCommand(new Command(title, command, List.of(argument)));
        return action;
    }
}
