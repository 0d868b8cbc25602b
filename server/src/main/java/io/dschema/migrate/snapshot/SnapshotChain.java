package io.dschema.migrate.snapshot;

import io.dschema.migrate.folder.FolderProblem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The snapshots of a migration folder, in drizzle-kit's order (lexical by file name), each parsed,
 * and what is wrong with them as a chain: a file that cannot be read, two snapshots pointing to the
 * same parent (drizzle-kit's "collision": two branches each generated a migration), a snapshot
 * whose {@code prevId} is not the id of the one before it.
 */
public record SnapshotChain(List<Entry> entries, List<FolderProblem> problems, List<FolderProblem> chainProblems) {

    public record Entry(Path file, Snapshot snapshot) {
    }

    public SnapshotChain {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
        chainProblems = List.copyOf(chainProblems);
    }

    /** The last snapshot (drizzle-kit's previous snapshot for the next generate), or null when there is none. */
    public Entry last() {
        return entries.isEmpty() ? null : entries.get(entries.size() - 1);
    }

    public static SnapshotChain read(List<Path> files) {
        List<Entry> entries = new ArrayList<>();
        List<FolderProblem> problems = new ArrayList<>();
        for (Path file : files) {
            List<String> found = new ArrayList<>();
            Snapshot snapshot = null;
            try {
                snapshot = SnapshotJson.read(Files.readString(file, StandardCharsets.UTF_8), found);
            } catch (IOException e) {
                found.add("cannot be read (" + e.getMessage() + ")");
            }
            found.forEach(problem -> problems.add(new FolderProblem(file, problem)));
            if (snapshot != null) {
                if (snapshot.id() == null || snapshot.prevId() == null) {
                    continue; // reported above: "id" / "prevId" must be a string
                }
                entries.add(new Entry(file, snapshot));
            }
        }
        List<FolderProblem> chain = new ArrayList<>();
        Map<String, Entry> byParent = new LinkedHashMap<>();
        for (Entry entry : entries) {
            Entry other = byParent.putIfAbsent(entry.snapshot().prevId(), entry);
            if (other != null) {
                chain.add(new FolderProblem(entry.file(), "collision: " + other.file().getFileName() + " and "
                        + entry.file().getFileName() + " both follow snapshot " + entry.snapshot().prevId()
                        + " (two branches each generated a migration): remove one migration, merge, and generate again"));
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            String expected = i == 0 ? Snapshot.NO_PARENT : entries.get(i - 1).snapshot().id();
            Entry entry = entries.get(i);
            if (!entry.snapshot().prevId().equals(expected) && byParent.get(entry.snapshot().prevId()) == entry) {
                chain.add(new FolderProblem(entry.file(), "broken chain: prevId is " + entry.snapshot().prevId()
                        + " but the snapshot before it " + (i == 0 ? "does not exist (expected " + Snapshot.NO_PARENT + ")"
                        : "(" + entries.get(i - 1).file().getFileName() + ") has id " + expected)));
            }
        }
        return new SnapshotChain(entries, problems, chain);
    }
}
