package io.dschema.lsp;

import io.dschema.db.Database;
import io.dschema.db.DatabaseException;
import io.dschema.db.Databases;
import io.dschema.pull.Pull;
import io.dschema.pull.PullResult;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.ShowDocumentParams;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * {@code dschema.pull}: the project's database written as a .dschema file with {@link Pull}, always
 * into a NEW file next to dschema.json (or the document): {@code schema.pulled.dschema}, else
 * {@code schema.pulled-2.dschema}, ... created with CREATE_NEW, so the user's schema (or an
 * earlier pull) is never written over, even by a race. The file is opened with
 * {@code window/showDocument}. The database is only read, and a missing one is not created.
 */
final class PullCommand {

    static final String BASE = "schema.pulled";

    private PullCommand() {
    }

    static Protocol.PulledResult run(DschemaLanguageServer server, Project project, WorkProgress progress) {
        Protocol.PulledResult result = pull(server, project, progress);
        progress.endWith(result.message());
        server.client().showMessage(new MessageParams(result.written() ? MessageType.Info : MessageType.Error, result.message()));
        if (result.uri() != null) {
            ShowDocumentParams show = new ShowDocumentParams(result.uri());
            show.setTakeFocus(true);
            try {
                server.client().showDocument(show);
            } catch (RuntimeException e) {
                // a client without showDocument: the message names the file
            }
        }
        return result;
    }

    private static Protocol.PulledResult pull(DschemaLanguageServer server, Project project, WorkProgress progress) {
        String name = project.databaseName();
        if (project.config() == null) {
            List<String> problems = project.loaded().errors().stream().map(p -> p.message()).toList();
            return refused("invalid", name, "pull: nothing written: dschema.json has errors: " + String.join("; ", problems),
                    List.of(), problems);
        }
        PullResult pulled;
        progress.report("Reading " + name);
        try (Database database = Databases.open(project.config().url())) {
            pulled = Pull.pull(database, project.inspectOptions());
        } catch (DatabaseException e) {
            return refused("failed", name, "pull: nothing written: " + e.getMessage(), List.of(), List.of(e.getMessage()));
        }
        List<String> tables = pulled.inspected().tables().stream().map(table -> table.name()).toList();
        if (!pulled.ok()) {
            return refused("invalid", name, "pull: nothing written: " + String.join("; ", pulled.problems()), tables,
                    pulled.problems());
        }
        Path folder = project.config().configFile() != null
                ? project.config().configFile().toAbsolutePath().normalize().getParent()
                : project.files().get(0).getParent();
        Path written;
        try {
            written = writeNew(folder, pulled.text());
        } catch (IOException e) {
            return refused("failed", name, "pull: cannot write into " + folder + ": " + e.getMessage(), tables,
                    List.of(e.getMessage()));
        }
        String message = "Pulled " + tables.size() + (tables.size() == 1 ? " table" : " tables") + " from " + name
                + " into " + written.getFileName();
        return new Protocol.PulledResult(true, "written", name, message, Uris.toUri(written), tables, pulled.warnings(),
                List.of());
    }

    /** Writes {@code text} into the first free name of schema.pulled.dschema, schema.pulled-2.dschema, ... */
    static Path writeNew(Path folder, String text) throws IOException {
        Files.createDirectories(folder);
        for (int n = 1; ; n++) {
            Path candidate = folder.resolve(n == 1 ? BASE + ".dschema" : BASE + "-" + n + ".dschema");
            try {
                Files.writeString(candidate, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                return candidate;
            } catch (FileAlreadyExistsException e) {
                // taken: the next number
            }
        }
    }

    private static Protocol.PulledResult refused(String outcome, String name, String message, List<String> tables,
                                                 List<String> problems) {
        return new Protocol.PulledResult(false, outcome, name, message, null, tables, List.of(), problems);
    }
}
