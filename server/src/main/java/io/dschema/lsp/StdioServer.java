package io.dschema.lsp;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Runs the server over a pair of streams (stdio from {@code dschema lsp}) until the client exits or the input ends. */
public final class StdioServer {

    private StdioServer() {
    }

    /** Serves until the input ends or {@code exit}; returns the exit code (0 after shutdown, 1 without one). */
    public static int run(InputStream in, OutputStream out) {
        DschemaLanguageServer server = new DschemaLanguageServer();
        Launcher<DschemaLanguageClient> launcher = new LSPLauncher.Builder<DschemaLanguageClient>()
                .setLocalService(server)
                .setRemoteInterface(DschemaLanguageClient.class)
                .setInput(in)
                .setOutput(out)
                .create();
        server.connect(launcher.getRemoteProxy());
        int[] code = {1};
        Future<Void> listening = launcher.startListening();
        server.exitHook = () -> {
            code[0] = server.wasShutDown() ? 0 : 1;
            listening.cancel(true);
        };
        try {
            listening.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            // the input ended or exit cancelled the listener
        }
        return code[0];
    }
}
