package io.dschema.cli;

import io.dschema.migrate.FolderCheck;
import io.dschema.migrate.folder.MigrationFolder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dschema check}: is the schema valid? And where the migration folder exists: is it
 * consistent, does it replay to its last snapshot, does it hold every change of the schema?
 * Every finding, then exit 1 when one is an error.
 */
@Command(name = "check", description = "Check the schema (syntax, names, references, types, constraints) and the migration folder.",
        mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions configOptions;

    @Option(names = "--json", description = "Print the findings as JSON (docs/cli.md).")
    boolean json;

    private final Environment environment;

    CheckCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        SchemaInput input = SchemaInput.read(configOptions, environment);
        List<Finding> findings = new ArrayList<>(input.findings());
        List<String> files = new ArrayList<>(input.files());
        if (input.config() != null) {
            MigrationFolder folder = new MigrationFolder(input.config().out());
            if (folder.exists()) {
                // a schema with errors is no target to compare with; the folder itself is still checked
                for (FolderCheck.Finding found : FolderCheck.check(folder, input.hasErrors() ? null : input.schema())) {
                    findings.add(new Finding(environment.display(found.file()), 0, 0, 0, 0, "error", found.code().id(),
                            found.message()));
                }
                files.add(environment.display(folder.journalFile()));
            }
        }
        FindingsReport report = new FindingsReport(files, findings);
        if (json) {
            report.printJson(environment);
        } else {
            report.printText(environment);
        }
        return report.hasErrors() ? ExitCode.INVALID : ExitCode.OK;
    }
}
