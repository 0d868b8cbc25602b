package io.dschema.lsp;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The user's flow on a copy of testdata/quickstart whose local.db holds rows: a risk diagnostic
 * with its count while typing, "Push to local.db" confirmed, the database changed with every row
 * kept and the diagnostics refreshed, then "Generate migration" opening the new file.
 */
class PushFlowTest {

    @TempDir
    Path temp;

    @Test
    void typeChangeShowsItsRiskThenPushKeepsEveryRowThenGenerateOpensTheMigration() throws Exception {
        QuickstartProject project = new QuickstartProject(temp);
        String uri = project.uri();
        try (LspHarness lsp = LspHarness.start(project.root)) {
            lsp.open(uri, QuickstartProject.SCHEMA);
            RecordingClient.await("the first status", () -> !lsp.client.statuses.isEmpty());
            assertEquals(0, lsp.client.statuses.get(lsp.client.statuses.size() - 1).pending(), "schema and database agree");
            assertEquals(List.of(), lsp.client.diagnosticsOf(uri));

            // line 4 is "  email text": the type becomes integer not null default 0, with 3 NULLs in the table
            lsp.edit(uri, LspHarness.range(4, 8, 4, 14), "integer not null default 0");
            RecordingClient.await("the risk diagnostic", () -> lsp.client.diagnosticsOf(uri).stream()
                    .anyMatch(d -> d.getMessage().contains("3 rows have NULL in users.email")));
            Diagnostic risk = lsp.client.diagnosticsOf(uri).stream()
                    .filter(d -> d.getMessage().contains("3 rows have NULL in users.email")).findFirst().orElseThrow();
            assertEquals(DiagnosticSeverity.Warning, risk.getSeverity());
            assertEquals("CHANGES_VALUES", risk.getCode().getLeft());
            assertEquals(4, risk.getRange().getStart().getLine(), "on the email column");
            assertEquals(2, risk.getRange().getStart().getCharacter());
            Diagnostic rebuild = lsp.client.diagnosticsOf(uri).stream()
                    .filter(d -> d.getSeverity() == DiagnosticSeverity.Information).findFirst().orElseThrow();
            assertTrue(rebuild.getMessage().contains("5 rows in users will be copied"), rebuild.getMessage());
            assertEquals(1, rebuild.getRange().getStart().getLine(), "on the table's name");
            RecordingClient.await("the status with one pending change",
                    () -> lsp.client.statuses.get(lsp.client.statuses.size() - 1).pending() == 1);
            assertEquals("local.db", lsp.client.statuses.get(lsp.client.statuses.size() - 1).database());

            List<CodeAction> actions = codeActions(lsp, uri);
            assertEquals(List.of("Push to local.db", "Generate migration"), actions.stream().map(CodeAction::getTitle).toList());
            lsp.client.answer = question -> question.getActions().get(0); // "Apply 1 change that rewrites or drops data"
            Object result = execute(lsp, actions.get(0).getCommand());
            JsonObject pushed = new Gson().toJsonTree(result).getAsJsonObject();
            assertTrue(pushed.get("applied").getAsBoolean(), pushed.toString());
            assertEquals("CHANGES_VALUES", pushed.getAsJsonArray("risks").get(0).getAsJsonObject().get("risk").getAsString());
            assertEquals(1, lsp.client.questions.size());
            assertTrue(lsp.client.questions.get(0).getMessage().contains("3 rows have NULL in users.email"),
                    lsp.client.questions.get(0).getMessage());

            assertEquals(List.of(List.of("1", "ada", "0"), List.of("2", "grace", "grace@example.com"), List.of("3", "linus", "0"),
                    List.of("4", "barbara", "b@example.com"), List.of("5", "ken", "0")),
                    project.rows("SELECT id, name, email FROM users ORDER BY id"));
            assertEquals(List.of(List.of("INTEGER", "1")), project.rows("SELECT type, \"notnull\" FROM pragma_table_info('users') WHERE name = 'email'"));
            RecordingClient.await("diagnostics refreshed after the push", () -> lsp.client.diagnosticsOf(uri).isEmpty()
                    && lsp.client.statuses.get(lsp.client.statuses.size() - 1).pending() == 0);

            Object generated = execute(lsp, actions.get(1).getCommand());
            JsonObject written = new Gson().toJsonTree(generated).getAsJsonObject();
            assertTrue(written.get("written").getAsBoolean(), written.toString());
            assertEquals(1, lsp.client.shown.size());
            Path sql = Uris.toPath(lsp.client.shown.get(0).getUri());
            assertTrue(sql.toString().endsWith(".sql") && Files.isRegularFile(sql), sql.toString());
            assertTrue(Files.readString(sql).contains("CREATE TABLE"), Files.readString(sql));
            assertEquals(sql, Uris.toPath(written.getAsJsonArray("files").get(0).getAsString()));
        }
    }

    @Test
    void willFailIsAnErrorOnItsColumnAndPushRefusesIt() throws Exception {
        QuickstartProject project = new QuickstartProject(temp);
        String uri = project.uri();
        try (LspHarness lsp = LspHarness.start(project.root)) {
            lsp.open(uri, QuickstartProject.SCHEMA.replace("email text", "email text not null"));
            RecordingClient.await("the error", () -> lsp.client.diagnosticsOf(uri).stream()
                    .anyMatch(d -> d.getSeverity() == DiagnosticSeverity.Error));
            Diagnostic error = lsp.client.diagnosticsOf(uri).stream()
                    .filter(d -> d.getSeverity() == DiagnosticSeverity.Error).findFirst().orElseThrow();
            assertTrue(error.getMessage().startsWith("3 rows have NULL in users.email") && error.getMessage().endsWith("push will fail"),
                    error.getMessage());
            assertEquals(4, error.getRange().getStart().getLine());

            Object result = execute(lsp, codeActions(lsp, uri).get(0).getCommand());
            JsonObject refused = new Gson().toJsonTree(result).getAsJsonObject();
            assertEquals("refused", refused.get("outcome").getAsString());
            assertTrue(lsp.client.questions.isEmpty(), "refused before asking");
            assertEquals(List.of(List.of("5")), project.rows("SELECT count(*) FROM users WHERE 1"));
            assertEquals(List.of(List.of("0")), project.rows("SELECT \"notnull\" FROM pragma_table_info('users') WHERE name = 'email'"));
        }
    }

    @Test
    void cancellingTheConfirmationChangesNothing() throws Exception {
        QuickstartProject project = new QuickstartProject(temp);
        String uri = project.uri();
        try (LspHarness lsp = LspHarness.start(project.root)) {
            lsp.open(uri, QuickstartProject.SCHEMA.replace("  email text\n", ""));
            lsp.client.answer = question -> new MessageActionItem("Cancel");
            JsonObject argument = new JsonObject();
            argument.addProperty("uri", uri);
            Object result = lsp.remote.getWorkspaceService().executeCommand(new ExecuteCommandParams(Protocol.PUSH, List.of(argument)))
                    .get(20, TimeUnit.SECONDS);
            JsonObject cancelled = new Gson().toJsonTree(result).getAsJsonObject();
            assertEquals("cancelled", cancelled.get("outcome").getAsString());
            assertTrue(lsp.client.questions.get(0).getMessage().contains("2 values in users.email will be lost"),
                    lsp.client.questions.get(0).getMessage());
            assertEquals(List.of(List.of("2")), project.rows("SELECT count(email) FROM users"));
        }
    }

    static List<CodeAction> codeActions(LspHarness lsp, String uri) throws Exception {
        CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), LspHarness.range(3, 2, 3, 2),
                new CodeActionContext(List.of()));
        List<Either<Command, CodeAction>> actions = lsp.remote.getTextDocumentService().codeAction(params).get(20, TimeUnit.SECONDS);
        return actions.stream().map(Either::getRight).toList();
    }

    static Object execute(LspHarness lsp, Command command) throws Exception {
        return lsp.remote.getWorkspaceService().executeCommand(new ExecuteCommandParams(command.getCommand(), command.getArguments()))
                .get(30, TimeUnit.SECONDS);
    }
}
