package io.dschema.lsp;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 5's done-when, through the protocol: a copy of testdata/quickstart whose local.db holds
 * rows (three NULL emails); diagnostics arrive; a column name completes in an index; the nullable
 * text column becomes {@code integer not null default 0} and its hover says the table is rebuilt,
 * how many NULLs become 0, and the statements; "Push to local.db" confirmed keeps every row and
 * refreshes the diagnostics; "Generate migration" shows the new file.
 */
class EditorScenarioTest {

    @TempDir
    Path temp;

    @Test
    void diagnosticsCompletionHoverPushAndGenerate() throws Exception {
        QuickstartProject project = new QuickstartProject(temp);
        String uri = project.uri();
        List<List<String>> before = project.rows("SELECT id, name, email FROM users ORDER BY id");
        try (LspHarness lsp = LspHarness.start(project.root, editor())) {
            lsp.open(uri, QuickstartProject.SCHEMA);
            RecordingClient.await("the diagnostics", () -> lsp.client.diagnostics.containsKey(uri));
            RecordingClient.await("the first status", () -> !lsp.client.statuses.isEmpty());

            // line 7 is "}": a new index typed above it, completed at once (no waiting for a pass)
            lsp.edit(uri, LspHarness.range(7, 0, 7, 0), "  index i on ()\n");
            List<CompletionItem> items = complete(lsp, uri, 7, 14);
            List<String> columns = items.stream().filter(item -> item.getKind() == CompletionItemKind.Field)
                    .map(CompletionItem::getLabel).toList();
            assertTrue(columns.containsAll(List.of("id", "name")), items.stream().map(CompletionItem::getLabel).toList().toString());
            CompletionItem id = items.stream().filter(item -> item.getLabel().equals("id")).findFirst().orElseThrow();
            assertEquals(LspHarness.range(7, 14, 7, 14), id.getTextEdit().getLeft().getRange(), "replaces nothing typed yet");
            lsp.edit(uri, LspHarness.range(7, 0, 8, 0), "");

            // line 4 is "  email text" (3 of 5 rows NULL): the column becomes integer not null default 0
            lsp.edit(uri, LspHarness.range(4, 8, 4, 14), "integer not null default 0");
            RecordingClient.await("the risk diagnostic", () -> lsp.client.diagnosticsOf(uri).stream()
                    .anyMatch(d -> d.getMessage().contains("3 rows have NULL in users.email")));
            Hover hover = lsp.remote.getTextDocumentService()
                    .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(4, 4))).get(20, TimeUnit.SECONDS);
            assertNotNull(hover, "a hover on the changed column");
            assertEquals(MarkupKind.MARKDOWN, hover.getContents().getRight().getKind());
            String markdown = hover.getContents().getRight().getValue();
            assertTrue(markdown.contains("rebuild table users"), markdown);
            assertTrue(markdown.contains("3 rows have NULL in users.email: set to the default 0"), markdown);
            assertTrue(markdown.contains("CREATE TABLE") && markdown.contains("INSERT INTO"), markdown);
            assertEquals(LspHarness.range(4, 2, 4, 34), hover.getRange(), "the column's definition");

            List<CodeAction> actions = PushFlowTest.codeActions(lsp, uri);
            assertEquals("Push to local.db", actions.get(0).getTitle());
            lsp.client.answer = question -> question.getActions().get(0);
            JsonObject pushed = new Gson().toJsonTree(PushFlowTest.execute(lsp, actions.get(0).getCommand())).getAsJsonObject();
            assertTrue(pushed.get("applied").getAsBoolean(), pushed.toString());
            assertEquals(1, lsp.client.questions.size(), "the confirmation");
            List<List<String>> expected = new ArrayList<>();
            for (List<String> row : before) {
                expected.add(List.of(row.get(0), row.get(1), row.get(2) == null ? "0" : row.get(2)));
            }
            assertEquals(expected, project.rows("SELECT id, name, email FROM users ORDER BY id"), "every row kept, NULLs 0");
            RecordingClient.await("diagnostics refreshed after the push", () -> lsp.client.diagnosticsOf(uri).isEmpty()
                    && lsp.client.statuses.get(lsp.client.statuses.size() - 1).pending() == 0);
            assertProgressBeganAndEnded(lsp.client, "Pushing to local.db");

            JsonObject generated = new Gson().toJsonTree(PushFlowTest.execute(lsp, actions.get(1).getCommand())).getAsJsonObject();
            assertTrue(generated.get("written").getAsBoolean(), generated.toString());
            assertEquals(1, lsp.client.shown.size());
            Path sql = Uris.toPath(lsp.client.shown.get(0).getUri());
            assertTrue(sql.toString().endsWith(".sql") && Files.isRegularFile(sql), sql.toString());
        }
    }

    /** A client like VS Code: snippets, work done progress. */
    static ClientCapabilities editor() {
        CompletionItemCapabilities item = new CompletionItemCapabilities(true);
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        text.setCompletion(new CompletionCapabilities(item));
        ClientCapabilities capabilities = new ClientCapabilities();
        capabilities.setTextDocument(text);
        WindowClientCapabilities window = new WindowClientCapabilities();
        window.setWorkDoneProgress(true);
        capabilities.setWindow(window);
        return capabilities;
    }

    static List<CompletionItem> complete(LspHarness lsp, String uri, int line, int character) throws Exception {
        Either<List<CompletionItem>, CompletionList> answer = lsp.remote.getTextDocumentService()
                .completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(line, character)))
                .get(20, TimeUnit.SECONDS);
        return answer.isLeft() ? answer.getLeft() : answer.getRight().getItems();
    }

    /** A token created by the server, a begin with the title and an end on it. */
    static void assertProgressBeganAndEnded(RecordingClient client, String title) {
        var begin = client.progress.stream().filter(p -> p.getValue().getLeft() instanceof WorkDoneProgressBegin b
                && b.getTitle().equals(title)).findFirst().orElseThrow(() -> new AssertionError("no progress " + title));
        assertTrue(client.progressTokens.stream().anyMatch(created -> created.getToken().equals(begin.getToken())),
                "the token was created first");
        RecordingClient.await("the progress end", () -> client.progress.stream().anyMatch(p -> p.getToken().equals(begin.getToken())
                && p.getValue().getLeft() instanceof WorkDoneProgressEnd));
    }
}
