package io.dschema.lsp;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hover and completion on a broken document and for a client without snippets; migrate and pull. */
class EditorRequestsTest {

    @TempDir
    Path temp;

    @Test
    void hoverAndCompletionAnswerOnABrokenDocumentWithoutSnippets() throws Exception {
        Path file = temp.resolve("schema.dschema");
        String broken = "table users {\n  id integer primary key\n  name text not null\n  index i on (";
        Files.writeString(file, broken);
        String uri = Uris.toUri(file);
        try (LspHarness lsp = LspHarness.start(temp)) { // no capabilities: no snippet support
            lsp.open(uri, broken);
            RecordingClient.await("the syntax error", () -> !lsp.client.diagnosticsOf(uri).isEmpty());
            List<CompletionItem> items = EditorScenarioTest.complete(lsp, uri, 3, 14);
            assertTrue(items.stream().map(CompletionItem::getLabel).toList().containsAll(List.of("id", "name")),
                    items.stream().map(CompletionItem::getLabel).toList().toString());
            Hover hover = lsp.remote.getTextDocumentService()
                    .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(2, 3))).get(20, TimeUnit.SECONDS);
            assertNotNull(hover, "the column still hovers");
            assertTrue(hover.getContents().getRight().getValue().contains("users.name"), hover.getContents().getRight().getValue());

            // a new member line: snippets would be offered to a client that supports them
            lsp.edit(uri, LspHarness.range(3, 0, 3, 14), "  ");
            for (int line = 0; line <= 3; line++) {
                for (CompletionItem item : EditorScenarioTest.complete(lsp, uri, line, 2)) {
                    assertEquals(InsertTextFormat.PlainText, item.getInsertTextFormat(), item.getLabel());
                    assertFalse(item.getTextEdit().getLeft().getNewText().contains("$"), item.getLabel());
                }
            }
            // past the end and on an unknown document: answers, no error
            EditorScenarioTest.complete(lsp, uri, 99, 99);
            lsp.remote.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier("file:///nowhere/x.dschema"),
                    new Position(0, 0))).get(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void migrateAppliesTheGeneratedMigrationAndPullWritesNewFiles() throws Exception {
        Path root = temp.resolve("project");
        Files.createDirectories(root);
        Files.copy(QuickstartProject.testdata().resolve("quickstart").resolve("dschema.json"), root.resolve("dschema.json"));
        Path schema = root.resolve("schema.dschema");
        Files.writeString(schema, QuickstartProject.SCHEMA);
        String uri = Uris.toUri(schema);
        try (LspHarness lsp = LspHarness.start(root, EditorScenarioTest.editor())) {
            lsp.open(uri, QuickstartProject.SCHEMA);
            RecordingClient.await("the first status", () -> !lsp.client.statuses.isEmpty());
            assertTrue(json(run(lsp, Protocol.GENERATE, uri)).get("written").getAsBoolean());

            JsonObject migrated = json(run(lsp, Protocol.MIGRATE, uri));
            assertEquals("applied", migrated.get("outcome").getAsString(), migrated.toString());
            assertEquals(1, migrated.getAsJsonArray("applied").size());
            EditorScenarioTest.assertProgressBeganAndEnded(lsp.client, "Applying migrations to local.db");
            assertTrue(Files.isRegularFile(root.resolve("local.db")));
            RecordingClient.await("the status after migrate", () -> lsp.client.statuses.get(lsp.client.statuses.size() - 1)
                    .pending() == 0 && lsp.client.statuses.get(lsp.client.statuses.size() - 1).message() == null);
            assertEquals("up to date", json(run(lsp, Protocol.MIGRATE, uri)).get("outcome").getAsString());

            JsonObject pulled = json(run(lsp, Protocol.PULL, uri));
            assertTrue(pulled.get("written").getAsBoolean(), pulled.toString());
            Path first = Uris.toPath(pulled.get("uri").getAsString());
            assertEquals(root.resolve("schema.pulled.dschema"), first);
            assertTrue(Files.readString(first).contains("table users"), Files.readString(first));
            assertEquals(first, Uris.toPath(lsp.client.shown.get(lsp.client.shown.size() - 1).getUri()));
            assertEquals(QuickstartProject.SCHEMA, Files.readString(schema), "the user's schema untouched");
            Path second = Uris.toPath(json(run(lsp, Protocol.PULL, uri)).get("uri").getAsString());
            assertEquals(root.resolve("schema.pulled-2.dschema"), second, "never over an earlier pull");
        }
    }

    private static Object run(LspHarness lsp, String command, String uri) throws Exception {
        JsonObject argument = new JsonObject();
        argument.addProperty("uri", uri);
        return lsp.remote.getWorkspaceService().executeCommand(new ExecuteCommandParams(command, List.of(argument)))
                .get(30, TimeUnit.SECONDS);
    }

    private static JsonObject json(Object result) {
        return new Gson().toJsonTree(result).getAsJsonObject();
    }
}
