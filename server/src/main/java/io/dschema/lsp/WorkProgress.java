package io.dschema.lsp;

import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Work done progress ({@code $/progress}) of one long command: begun with its title, reported as
 * it goes, ended once. The token is the request's own {@code workDoneToken} when the client sent
 * one, else one created with {@code window/workDoneProgress/create} when the client announced
 * {@code window.workDoneProgress}; a client with neither gets nothing (every call is a no-op).
 */
final class WorkProgress implements AutoCloseable {

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private final DschemaLanguageServer server;
    private final Either<String, Integer> token;
    private String endMessage;

    private WorkProgress(DschemaLanguageServer server, Either<String, Integer> token) {
        this.server = server;
        this.token = token;
    }

    static WorkProgress begin(DschemaLanguageServer server, Either<String, Integer> requestToken, String title) {
        Either<String, Integer> token = requestToken != null ? requestToken : created(server);
        WorkProgress progress = new WorkProgress(server, token);
        WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
        begin.setTitle(title);
        begin.setCancellable(false);
        progress.send(begin);
        return progress;
    }

    private static Either<String, Integer> created(DschemaLanguageServer server) {
        var window = server.capabilities().getWindow();
        if (window == null || !Boolean.TRUE.equals(window.getWorkDoneProgress())) {
            return null;
        }
        Either<String, Integer> token = Either.forLeft("dschema-" + NEXT.getAndIncrement());
        try {
            // the client must know the token before the first $/progress names it
            server.client().createProgress(new WorkDoneProgressCreateParams(token)).get(5, TimeUnit.SECONDS);
            return token;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            return null; // the client refused the token: the command runs without progress
        }
    }

    void report(String message) {
        WorkDoneProgressReport report = new WorkDoneProgressReport();
        report.setMessage(message);
        send(report);
    }

    /** What the end notification says (the command's outcome). */
    void endWith(String message) {
        this.endMessage = message;
    }

    @Override
    public void close() {
        WorkDoneProgressEnd end = new WorkDoneProgressEnd();
        end.setMessage(endMessage);
        send(end);
    }

    private void send(org.eclipse.lsp4j.WorkDoneProgressNotification notification) {
        if (token == null) {
            return;
        }
        try {
            server.client().notifyProgress(new ProgressParams(token, Either.forLeft(notification)));
        } catch (RuntimeException e) {
            // progress is a courtesy: a client that fails on it does not fail the command
        }
    }
}
