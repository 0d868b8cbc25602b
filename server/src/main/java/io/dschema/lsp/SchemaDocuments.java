package io.dschema.lsp;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** The text document half of the protocol: the open documents' snapshots, hover, completion and code actions. */
final class SchemaDocuments implements TextDocumentService {

    private final DschemaLanguageServer server;

    SchemaDocuments(DschemaLanguageServer server) {
        this.server = server;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var document = params.getTextDocument();
        server.documents.open(document.getUri(), document.getVersion(), document.getText() == null ? "" : document.getText());
        server.changed(Set.of(document.getUri()));
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        Integer version = params.getTextDocument().getVersion();
        if (server.documents.change(uri, version == null ? 0 : version, params.getContentChanges()).isPresent()) {
            server.changed(Set.of(uri));
        }
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        server.documents.close(uri);
        // the disk's text counts again for the other open files of its project
        server.changedAll();
        if (server.documents.all().isEmpty()) {
            server.client().publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
        }
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // a save is the moment a client without file watching tells us files may have changed: the
        // next pass checks the database file's time and reads the other schema files again
        server.changed(Set.of(params.getTextDocument().getUri()));
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return server.onRequestThread(() -> HoverRequest.of(server, params));
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return server.onRequestThread(() -> CompletionRequest.of(server, params));
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return server.onRequestThread(() -> CodeActions.of(server, params));
    }
}
