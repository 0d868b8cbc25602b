package io.dschema.lsp;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real server process, {@code dschema lsp}, spoken to through LSP4J's client launcher. In a
 * Maven test the shaded jar may not be built yet, so the process runs {@code Main} on the test
 * classpath: the same code the jar holds.
 */
class ServerProcessTest {

    @TempDir
    Path temp;

    @Test
    void initializeOpenDiagnosticsShutdownExit() throws Exception {
        Path schema = temp.resolve("app.dschema");
        String text = "table users {\n  id integer primary key\n  name text nott null\n}\n";
        Files.writeString(schema, text);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "io.dschema.cli.Main", "lsp")
                .directory(temp.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            RecordingClient client = new RecordingClient();
            Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
                    process.getOutputStream());
            launcher.startListening();
            LanguageServer server = launcher.getRemoteProxy();
            InitializeParams params = new InitializeParams();
            params.setCapabilities(new ClientCapabilities());
            params.setWorkspaceFolders(List.of(new WorkspaceFolder(Uris.toUri(temp), "temp")));
            InitializeResult result = server.initialize(params).get(30, TimeUnit.SECONDS);
            assertEquals(Protocol.COMMANDS, result.getCapabilities().getExecuteCommandProvider().getCommands());
            server.initialized(new InitializedParams());
            String uri = Uris.toUri(schema);
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "dschema", 1, text)));
            RecordingClient.await("diagnostics from the process", () -> !client.diagnosticsOf(uri).isEmpty());
            assertTrue(client.diagnosticsOf(uri).stream().anyMatch(d -> d.getRange().getStart().getLine() == 2),
                    client.diagnosticsOf(uri).toString());
            server.shutdown().get(10, TimeUnit.SECONDS);
            server.exit();
            assertTrue(process.waitFor(20, TimeUnit.SECONDS), "the process ends after exit");
            assertEquals(0, process.exitValue());
        } finally {
            process.destroyForcibly();
        }
    }
}
