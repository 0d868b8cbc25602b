package io.dschema.cli;

import com.google.gson.JsonObject;
import io.dschema.config.ConfigResult;
import io.dschema.db.Database;
import io.dschema.db.DatabaseException;
import io.dschema.db.Databases;
import io.dschema.diff.RenameAnswers;
import io.dschema.migrate.Push;
import io.dschema.migrate.PushPreview;
import io.dschema.sqlite.InspectOptions;

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
        ConfigResult loaded = configOptions.load(environment);
        if (loaded.config() == null) {
            SchemaInput.read(loaded, environment).report().printText(environment);
            return ExitCode.INVALID;
        }
        InspectOptions options = DatabaseOptions.inspectOptions(loaded.config());
        String name = loaded.config().url().displayName();
        try (Database database = Databases.open(loaded.config().url())) {
            InBackground<Push.Inspected> inspection = InBackground.start("inspect", () -> Push.inspect(database, options));
            SchemaInput input = SchemaInput.read(loaded, environment);
            if (input.hasErrors()) {
                inspection.finish();
                input.report().printText(environment);
                return ExitCode.INVALID;
            }
            PushPreview preview = Push.preview(database, inspection.get(), input.schema(), options, RenameAnswers.NONE);
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
