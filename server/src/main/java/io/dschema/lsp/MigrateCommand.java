package io.dschema.lsp;

import io.dschema.db.Database;
import io.dschema.db.DatabaseException;
import io.dschema.db.Databases;
import io.dschema.migrate.Migrate;
import io.dschema.migrate.folder.FolderProblem;
import io.dschema.migrate.folder.MigrationFolder;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code dschema.migrate}: as {@code dschema migrate}, the pending migrations of the project's
 * folder applied to its database with the {@link Migrate} engine, each in its own transaction
 * (never out of order: that stays a command line flag). Each applied migration is reported as
 * progress; afterwards the cached baseline is dropped and every open file's diagnostics refreshed.
 */
final class MigrateCommand {

    private MigrateCommand() {
    }

    static Protocol.MigrateResult run(DschemaLanguageServer server, Project project, WorkProgress progress) {
        Protocol.MigrateResult result = migrate(server, project, progress);
        progress.endWith(result.message());
        server.client().showMessage(new MessageParams(result.ok() ? MessageType.Info : MessageType.Error, result.message()));
        return result;
    }

    private static Protocol.MigrateResult migrate(DschemaLanguageServer server, Project project, WorkProgress progress) {
        String name = project.databaseName();
        if (project.config() == null) {
            return invalid(name, List.of("dschema.json has errors: " + String.join("; ",
                    project.loaded().errors().stream().map(p -> p.message()).toList())));
        }
        MigrationFolder folder = new MigrationFolder(project.config().out());
        if (!folder.exists()) {
            return invalid(name, List.of("no migration folder: " + folder.journalFile()
                    + " does not exist; run dschema.generate first"));
        }
        MigrationFolder.Contents contents = folder.read();
        if (!contents.problems().isEmpty()) {
            List<String> problems = new ArrayList<>();
            for (FolderProblem problem : contents.problems()) {
                problems.add(problem.file().getFileName() + ": " + problem.message());
            }
            return invalid(name, problems);
        }
        Migrate.Result result;
        try (Database database = Databases.open(project.config().url())) {
            result = Migrate.run(database, contents.migrations(), new Migrate.Options(project.config().migrations().table(), false),
                    script -> progress.report("Applied " + script.file().entry().tag()));
        } catch (DatabaseException e) {
            return new Protocol.MigrateResult(false, "failed", name, "migrate: " + e.getMessage(), List.of(), List.of(),
                    List.of());
        }
        List<Protocol.Migration> applied = result.applied().stream()
                .map(script -> new Protocol.Migration(script.file().entry().tag(), script.statements().size())).toList();
        if (!result.applied().isEmpty() || result.failure() != null) {
            server.baselines.invalidate();
            server.changedAll();
        }
        if (!result.problems().isEmpty()) {
            return new Protocol.MigrateResult(false, "invalid", name, "migrate: nothing was applied to " + name + ": "
                    + String.join("; ", result.problems()), applied, result.warnings(), result.problems());
        }
        if (result.failure() != null) {
            String kept = applied.isEmpty() ? "" : " (the " + count(applied.size()) + " before it stay applied)";
            String which = result.failedFile() == null ? "" : result.failedFile().entry().tag() + ".sql failed and was rolled back";
            return new Protocol.MigrateResult(false, "failed", name, "migrate: " + which + kept + ": "
                    + result.failure().getMessage(), applied, result.warnings(), List.of());
        }
        if (applied.isEmpty()) {
            return new Protocol.MigrateResult(true, "up to date", name, "No pending migrations: " + name + " is up to date",
                    applied, result.warnings(), List.of());
        }
        return new Protocol.MigrateResult(true, "applied", name, count(applied.size()) + " applied to " + name, applied,
                result.warnings(), List.of());
    }

    private static Protocol.MigrateResult invalid(String name, List<String> problems) {
        return new Protocol.MigrateResult(false, "invalid", name, "migrate: nothing was applied: " + String.join("; ", problems),
                List.of(), List.of(), problems);
    }

    private static String count(int migrations) {
        return migrations + (migrations == 1 ? " migration" : " migrations");
    }
}
