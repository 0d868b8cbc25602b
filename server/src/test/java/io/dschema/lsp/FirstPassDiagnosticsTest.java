package io.dschema.lsp;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Syntax and semantic diagnostics, published per file, at UTF-16 positions. */
class FirstPassDiagnosticsTest {

    @TempDir
    Path temp;

    @Test
    void aBrokenLineAfterAnEmojiIsReportedAtItsUtf16Position() throws Exception {
        Path schema = temp.resolve("app.dschema");
        String text = "table notes {\n  id integer primary key\n  body text default '\uD83D\uDE00' @\n}\n";
        Files.writeString(schema, text);
        String uri = Uris.toUri(schema);
        try (LspHarness lsp = LspHarness.start(null)) { // no workspace folder: the file's own folder
            lsp.open(uri, text);
            RecordingClient.await("diagnostics", () -> !lsp.client.diagnosticsOf(uri).isEmpty());
            Diagnostic diagnostic = lsp.client.diagnosticsOf(uri).get(0);
            assertEquals(DiagnosticSeverity.Error, diagnostic.getSeverity());
            assertEquals("DS0002", diagnostic.getCode().getLeft());
            assertEquals(2, diagnostic.getRange().getStart().getLine());
            String line = "  body text default '\uD83D\uDE00' @";
            assertEquals(line.indexOf('@'), diagnostic.getRange().getStart().getCharacter(), "UTF-16: the emoji counts twice");

            // fixing the line by an incremental edit clears it
            int at = line.indexOf('@');
            lsp.edit(uri, LspHarness.range(2, at - 1, 2, at + 1), "");
            RecordingClient.await("cleared", () -> lsp.client.diagnosticsOf(uri).isEmpty());
        }
    }

    @Test
    void semanticDiagnosticsOfSeveralFilesLandInTheirOwnFile() throws Exception {
        Path root = temp.resolve("project");
        Files.createDirectories(root.resolve("schema"));
        Files.writeString(root.resolve("dschema.json"), "{ \"schema\": \"./schema\" }");
        Path users = root.resolve("schema/users.dschema");
        Path posts = root.resolve("schema/posts.dschema");
        Files.writeString(users, "table users {\n  id integer primary key\n}\n");
        Files.writeString(posts, "table posts {\n  id integer primary key\n  author integer references users(id)\n}\n");
        try (LspHarness lsp = LspHarness.start(root)) {
            // the open text wins over the disk: users loses its table name, so posts' reference breaks
            lsp.open(Uris.toUri(users), "table people {\n  id integer primary key\n}\n");
            RecordingClient.await("the unknown table in posts", () -> lsp.client.diagnosticsOf(Uris.toUri(posts)).stream()
                    .anyMatch(d -> "DS1010".equals(d.getCode().getLeft())));
            assertEquals(List.of(), lsp.client.diagnosticsOf(Uris.toUri(users)));
            Diagnostic unknown = lsp.client.diagnosticsOf(Uris.toUri(posts)).get(0);
            assertEquals(2, unknown.getRange().getStart().getLine());
            assertTrue(lsp.client.messages.isEmpty(), "no risk pass on a schema with errors");

            lsp.edit(Uris.toUri(users), LspHarness.range(0, 6, 0, 12), "users");
            RecordingClient.await("posts fixed", () -> lsp.client.diagnosticsOf(Uris.toUri(posts)).isEmpty());
            RecordingClient.await("the missing database said", () -> lsp.client.messages.stream()
                    .anyMatch(m -> m.getMessage().contains("local.db does not exist yet")));
            lsp.edit(Uris.toUri(users), LspHarness.range(1, 0, 1, 0), "  name text\n");
            RecordingClient.await("the next status", () -> lsp.client.statuses.size() >= 2);
            assertEquals(1, lsp.client.messages.stream().filter(m -> m.getMessage().contains("does not exist yet")).count(),
                    "said once");
            assertEquals(2, lsp.client.statuses.get(lsp.client.statuses.size() - 1).pending(), "two tables to create");
            assertTrue(Files.notExists(root.resolve("local.db")), "looking never creates the database");
        }
    }
}
