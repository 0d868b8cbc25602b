package io.dschema.lsp;

import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.ShowDocumentResult;
import org.eclipse.lsp4j.ShowMessageRequestParams;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/** A client that records what the server sends and answers questions the way a test says. */
final class RecordingClient implements DschemaLanguageClient {

    final Map<String, PublishDiagnosticsParams> diagnostics = new ConcurrentHashMap<>();
    final List<PublishDiagnosticsParams> publishes = new CopyOnWriteArrayList<>();
    final List<Protocol.Status> statuses = new CopyOnWriteArrayList<>();
    final List<MessageParams> messages = new CopyOnWriteArrayList<>();
    final List<ShowMessageRequestParams> questions = new CopyOnWriteArrayList<>();
    final List<ShowDocumentParams> shown = new CopyOnWriteArrayList<>();
    final List<org.eclipse.lsp4j.WorkDoneProgressCreateParams> progressTokens = new CopyOnWriteArrayList<>();
    final List<org.eclipse.lsp4j.ProgressParams> progress = new CopyOnWriteArrayList<>();
    /** Picks the answer to a question; the default dismisses it. */
    volatile Function<ShowMessageRequestParams, MessageActionItem> answer = params -> null;

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
        diagnostics.put(params.getUri(), params);
        publishes.add(params);
    }

    @Override
    public void showMessage(MessageParams params) {
        messages.add(params);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
        questions.add(params);
        return CompletableFuture.completedFuture(answer.apply(params));
    }

    @Override
    public void logMessage(MessageParams params) {
    }

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<ShowDocumentResult> showDocument(ShowDocumentParams params) {
        shown.add(params);
        return CompletableFuture.completedFuture(new ShowDocumentResult(true));
    }

    @Override
    public CompletableFuture<Void> createProgress(org.eclipse.lsp4j.WorkDoneProgressCreateParams params) {
        progressTokens.add(params);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void notifyProgress(org.eclipse.lsp4j.ProgressParams params) {
        progress.add(params);
    }

    @Override
    public void status(Protocol.Status status) {
        statuses.add(status);
    }

    List<org.eclipse.lsp4j.Diagnostic> diagnosticsOf(String uri) {
        PublishDiagnosticsParams params = diagnostics.get(uri);
        return params == null ? List.of() : params.getDiagnostics();
    }

    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
