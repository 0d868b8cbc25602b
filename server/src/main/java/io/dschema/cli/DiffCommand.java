package io.dschema.cli;

import com.google.gson.JsonObject;
import io.dschema.db.Database;
import io.dschema.db.DatabaseException;
import io.dschema.db.Databases;
import io.dschema.diff.RenameAnswers;
import io.dschema.migrate.Push;
import io.dschema.migrate.PushPreview;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dschema diff}: the plan push would run, with its risks counted on the live rows; applies nothing. */
@Command(name = "diff", description = "Print the statements push would run, with their risks; nothing is applied.",
        mixinStandardHelpOptions = true)
final class DiffCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions configOptions;

    @Option(names = "--json", description = "Print the plan as JSON (docs/cli.md).")
    boolean json;

    private final Environment environment;

    DiffCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        SchemaInput input = SchemaInput.read(configOptions, environment);
        if (input.hasErrors()) {
            input.report().printText(environment);
            return ExitCode.INVALID;
        }
        String name = input.config().url().displayName();
        try (Database database = Databases.open(input.config().url())) {
            PushPreview preview = Push.preview(database, input.schema(), DatabaseOptions.inspectOptions(input.config()),
                    RenameAnswers.NONE);
            preview.diff().hintProblems().forEach(problem -> environment.err().println("error: " + problem));
            if (json) {
                JsonObject root = PlanReport.json(name, preview);
                PlanReport.printJson(environment, root);
            } else {
                PlanReport.printText(environment, name, preview, true);
            }
            return preview.diff().hintProblems().isEmpty() ? ExitCode.OK : ExitCode.INVALID;
        } catch (DatabaseException e) {
            environment.err().println("diff: " + e.getMessage());
            return ExitCode.DATABASE;
        }
    }
}
