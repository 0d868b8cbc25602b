package io.dschema.lsp;

import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open documents as the editor holds them: one immutable snapshot (text and version) per URI,
 * replaced on every change, so a pass that started on an older snapshot keeps reading a consistent
 * text while newer edits arrive. Incremental changes are applied in order with their UTF-16 ranges
 * (which are char indices into a Java string); a change without a range replaces the text.
 */
final class Documents {

    record Snapshot(String uri, int version, String text) {
    }

    private final Map<String, Snapshot> open = new ConcurrentHashMap<>();

    void open(String uri, int version, String text) {
        open.put(uri, new Snapshot(uri, version, text));
    }

    void close(String uri) {
        open.remove(uri);
    }

    /** The open document at {@code path}, whatever spelling of its URI the client used. */
    Optional<Snapshot> byPath(java.nio.file.Path path) {
        return open.values().stream().filter(snapshot -> path.equals(Uris.toPath(snapshot.uri()))).findFirst();
    }

    Optional<Snapshot> get(String uri) {
        return Optional.ofNullable(open.get(uri));
    }

    List<Snapshot> all() {
        return List.copyOf(open.values());
    }

    /** Applies the changes of one didChange; an unknown document is ignored (the client never opened it). */
    Optional<Snapshot> change(String uri, int version, List<TextDocumentContentChangeEvent> changes) {
        Snapshot updated = open.computeIfPresent(uri, (key, snapshot) -> {
            String text = snapshot.text();
            for (TextDocumentContentChangeEvent change : changes) {
                text = apply(text, change);
            }
            return new Snapshot(uri, version, text);
        });
        return Optional.ofNullable(updated);
    }

    static String apply(String text, TextDocumentContentChangeEvent change) {
        String replacement = change.getText() == null ? "" : change.getText();
        Range range = change.getRange();
        if (range == null) {
            return replacement;
        }
        Positions positions = new Positions(text);
        int start = positions.charIndex(range.getStart());
        int end = Math.max(start, positions.charIndex(range.getEnd()));
        return text.substring(0, start) + replacement + text.substring(end);
    }
}
