package io.dschema.lsp;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The server in process, spoken to through LSP4J over piped streams, as an editor would. */
final class LspHarness implements AutoCloseable {

    /** The pipes close at the end of a test while notifications are under way: not worth a log line (kept: JUL holds loggers weakly). */
    private static final java.util.logging.Logger QUIET =
            java.util.logging.Logger.getLogger(org.eclipse.lsp4j.jsonrpc.RemoteEndpoint.class.getName());

    final DschemaLanguageServer server;
    final RecordingClient client = new RecordingClient();
    final LanguageServer remote;
    private final PipedOutputStream toServer;
    private final PipedOutputStream toClient;
    private int version = 1;

    private LspHarness(Path workspace, ClientCapabilities capabilities) throws IOException {
        QUIET.setLevel(java.util.logging.Level.SEVERE);
        server = new DschemaLanguageServer(Map.of(), 20);
        PipedInputStream serverIn = new PipedInputStream(1 << 16);
        toServer = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 16);
        toClient = new PipedOutputStream(clientIn);
        Launcher<DschemaLanguageClient> serverSide = new LSPLauncher.Builder<DschemaLanguageClient>()
                .setLocalService(server).setRemoteInterface(DschemaLanguageClient.class)
                .setInput(serverIn).setOutput(toClient).create();
        server.connect(serverSide.getRemoteProxy());
        serverSide.startListening();
        Launcher<LanguageServer> clientSide = new LSPLauncher.Builder<LanguageServer>()
                .setLocalService(client).setRemoteInterface(LanguageServer.class)
                .setInput(clientIn).setOutput(toServer).create();
        clientSide.startListening();
        remote = clientSide.getRemoteProxy();
        InitializeParams params = new InitializeParams();
        params.setCapabilities(capabilities);
        if (workspace != null) {
            params.setWorkspaceFolders(List.of(new WorkspaceFolder(Uris.toUri(workspace), "workspace")));
        }
        try {
            remote.initialize(params).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException(e);
        }
        remote.initialized(new InitializedParams());
    }

    static LspHarness start(Path workspace) throws IOException {
        return new LspHarness(workspace, new ClientCapabilities());
    }

    /** As {@link #start(Path)}, for a client that announces {@code capabilities}. */
    static LspHarness start(Path workspace, ClientCapabilities capabilities) throws IOException {
        return new LspHarness(workspace, capabilities);
    }

    void open(String uri, String text) {
        remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "dschema", version++, text)));
    }

    /** Replaces {@code range} (UTF-16 positions) with {@code text}. */
    void edit(String uri, Range range, String text) {
        remote.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version++),
                List.of(new TextDocumentContentChangeEvent(range, text))));
    }

    static Range range(int line, int character, int endLine, int endCharacter) {
        return new Range(new Position(line, character), new Position(endLine, endCharacter));
    }

    @Override
    public void close() throws Exception {
        try {
            remote.shutdown().get(10, TimeUnit.SECONDS);
            remote.exit();
        } finally {
            toServer.close();
            toClient.close();
        }
    }
}
