package io.dschema.lsp;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.BiConsumer;

/**
 * Runs the diagnostics passes off the JSON-RPC thread, debounced: each change marks its document
 * and pushes the run back to {@code delay} after the last one. One worker thread runs them in
 * order; a run that sees a newer change arrive ({@link #isStale}) drops what it computed, since a
 * fresh run is already due. A pass that throws is logged and the next one runs as usual.
 */
final class AnalysisScheduler implements AutoCloseable {

    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dschema-analysis");
        thread.setDaemon(true);
        return thread;
    });
    private final long delayMillis;
    private final BiConsumer<Set<String>, BooleanSupplier> run;
    private final Set<String> dirty = new LinkedHashSet<>();
    private final AtomicLong generation = new AtomicLong();
    private ScheduledFuture<?> due;
    private final java.util.concurrent.atomic.AtomicInteger failures = new java.util.concurrent.atomic.AtomicInteger();

    /** @param run analyses the given document URIs; the supplier says whether a newer change has arrived since */
    AnalysisScheduler(long delayMillis, BiConsumer<Set<String>, BooleanSupplier> run) {
        this.delayMillis = delayMillis;
        this.run = run;
    }

    /** Marks documents changed; the run starts {@code delay} after the last call. */
    synchronized void changed(Set<String> uris) {
        dirty.addAll(uris);
        generation.incrementAndGet();
        if (due != null) {
            due.cancel(false);
        }
        due = worker.schedule(this::runDue, delayMillis, TimeUnit.MILLISECONDS);
    }

    private void runDue() {
        Set<String> uris;
        long seen;
        synchronized (this) {
            uris = new LinkedHashSet<>(dirty);
            dirty.clear();
            seen = generation.get();
        }
        try {
            run.accept(uris, () -> generation.get() != seen);
        } catch (RuntimeException | Error e) {
            failures.incrementAndGet();
            System.err.println("dschema lsp: a diagnostics pass failed: " + e);
        }
    }

    /** How many passes threw (a bug: they must not; the tests assert none did). */
    int failures() {
        return failures.get();
    }

    /** Waits until every pass due now has run (tests, shutdown). */
    void drain() {
        try {
            worker.submit(() -> { }).get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // nothing to wait for
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
