package io.dschema.migrate.folder;

import java.nio.file.Path;

/** Something wrong in a migration folder: the file, and one line that says what and how to fix it. */
public record FolderProblem(Path file, String message) {
}
