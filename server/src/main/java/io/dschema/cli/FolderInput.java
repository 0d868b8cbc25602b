package io.dschema.cli;

import io.dschema.config.ConfigProblem;
import io.dschema.config.ConfigResult;
import io.dschema.config.DschemaConfig;
import io.dschema.migrate.folder.FolderProblem;
import io.dschema.migrate.folder.MigrationFolder;

/**
 * What {@code migrate} and {@code status} read before the database: the config and the migration
 * folder ({@code out}). Problems are printed here; {@code contents} is null when there are any
 * (exit 1: a missing or malformed folder is invalid input).
 */
record FolderInput(DschemaConfig config, MigrationFolder folder, MigrationFolder.Contents contents) {

    static FolderInput read(ConfigOptions options, Environment environment, String command) {
        ConfigResult loaded = options.load(environment);
        for (ConfigProblem problem : loaded.problems()) {
            Finding finding = Finding.of(problem, environment::display);
            (finding.isError() ? environment.err() : environment.out()).println(finding.format());
        }
        if (loaded.config() == null || loaded.hasErrors()) {
            environment.err().println(command + ": nothing was done: fix the config first");
            return new FolderInput(loaded.config(), null, null);
        }
        DschemaConfig config = loaded.config();
        MigrationFolder folder = new MigrationFolder(config.out());
        if (!folder.exists()) {
            environment.err().println(command + ": no migration folder: " + environment.display(folder.journalFile())
                    + " does not exist; run dschema generate first (or set \"out\" / pass --out)");
            return new FolderInput(config, folder, null);
        }
        MigrationFolder.Contents contents = folder.read();
        if (!contents.problems().isEmpty()) {
            for (FolderProblem problem : contents.problems()) {
                environment.err().println(environment.display(problem.file()) + ": error: " + problem.message());
            }
            environment.err().println(command + ": nothing was done: fix the migration folder first");
            return new FolderInput(config, folder, null);
        }
        return new FolderInput(config, folder, contents);
    }

    boolean ok() {
        return contents != null;
    }
}
