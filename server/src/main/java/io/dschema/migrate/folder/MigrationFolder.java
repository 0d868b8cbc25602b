package io.dschema.migrate.folder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A migration folder in drizzle-kit's layout: {@code <out>/<tag>.sql} and {@code <out>/meta/}
 * holding {@code _journal.json} and {@code <prefix>_snapshot.json} per migration. Reading never
 * throws on a malformed folder: it returns what it could read and one problem per thing wrong,
 * each naming the file. Writing replaces whole files atomically (written beside, then moved).
 */
public final class MigrationFolder {

    private final Path root;

    public MigrationFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path meta() {
        return root.resolve("meta");
    }

    public Path journalFile() {
        return meta().resolve("_journal.json");
    }

    public Path sqlFile(String tag) {
        return root.resolve(tag + ".sql");
    }

    /** Whether the folder holds a journal (a folder without one is no migration folder yet). */
    public boolean exists() {
        return Files.isRegularFile(journalFile());
    }

    /** What the folder holds: the journal, each entry's SQL text, the snapshot files, the problems. */
    public record Contents(Journal journal, List<MigrationFile> migrations, List<Path> snapshots, List<FolderProblem> problems) {
        public Contents {
            migrations = List.copyOf(migrations);
            snapshots = List.copyOf(snapshots);
            problems = List.copyOf(problems);
        }
    }

    public Contents read() {
        List<FolderProblem> problems = new ArrayList<>();
        if (!exists()) {
            return new Contents(Journal.empty("sqlite"), List.of(), List.of(), problems);
        }
        List<String> journalProblems = new ArrayList<>();
        Journal journal = null;
        try {
            journal = Journal.parse(Files.readString(journalFile(), StandardCharsets.UTF_8), journalProblems);
        } catch (IOException e) {
            journalProblems.add("cannot be read (" + e.getMessage() + ")");
        }
        journalProblems.forEach(problem -> problems.add(new FolderProblem(journalFile(), problem)));
        if (journal == null) {
            journal = Journal.empty("sqlite");
        }
        List<MigrationFile> migrations = new ArrayList<>();
        for (JournalEntry entry : journal.entries()) {
            Path file = sqlFile(entry.tag());
            try {
                migrations.add(new MigrationFile(entry, Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                problems.add(new FolderProblem(file, "the journal lists " + entry.tag() + " but " + file.getFileName()
                        + " cannot be read (" + e.getClass().getSimpleName() + "): restore the file or remove its journal entry"));
            }
        }
        return new Contents(journal, migrations, snapshotFiles(problems), problems);
    }

    /** The snapshot files in lexical order (drizzle-kit's "previous snapshot" is the last one). */
    private List<Path> snapshotFiles(List<FolderProblem> problems) {
        if (!Files.isDirectory(meta())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(meta())) {
            return files.filter(file -> {
                String name = file.getFileName().toString();
                return !name.startsWith("_") && name.endsWith("_snapshot.json");
            }).sorted().toList();
        } catch (IOException e) {
            problems.add(new FolderProblem(meta(), "cannot be listed (" + e.getMessage() + ")"));
            return List.of();
        }
    }

    /** Writes {@code text} to {@code file} whole: beside it first, then moved over it. */
    public static void writeAtomically(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".part");
        try {
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
