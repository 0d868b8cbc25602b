package io.dschema.lsp;

import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.services.WorkspaceService;

import java.util.concurrent.CompletableFuture;

/** The workspace half: folders, watched files (config, database, migrations: refresh), and the commands. */
final class SchemaWorkspace implements WorkspaceService {

    private final DschemaLanguageServer server;

    SchemaWorkspace(DschemaLanguageServer server) {
        this.server = server;
    }

    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        return server.onCommandThread(() -> server.commands().run(params.getCommand(), params.getArguments(),
                params.getWorkDoneToken()));
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        // no settings: everything comes from dschema.json
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        server.baselines.invalidate();
        server.changedAll();
    }

    @Override
    public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
        if (params.getEvent() != null) {
            params.getEvent().getRemoved().forEach(folder -> server.removeFolder(folder.getUri()));
            params.getEvent().getAdded().forEach(folder -> server.addFolder(folder.getUri()));
        }
        server.changedAll();
    }
}
