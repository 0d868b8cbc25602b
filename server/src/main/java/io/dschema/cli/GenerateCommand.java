package io.dschema.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.config.ConfigResult;
import io.dschema.config.DschemaConfig;
import io.dschema.diff.ChangeText;
import io.dschema.diff.RenameAnswers;
import io.dschema.diff.RenameQuestion;
import io.dschema.migrate.Generate;
import io.dschema.migrate.folder.FolderProblem;
import io.dschema.migrate.folder.MigrationFolder;
import io.dschema.model.SourceRange;
import io.dschema.plan.AssessedStep;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dschema generate}: the next migration in drizzle-kit's folder layout, against the last
 * snapshot. Open rename questions are asked on a terminal; without one, exit 2 naming the hint to
 * add. There is no {@code --force}: a migration file is run on every database, later, by anyone;
 * "drop and create" is written into it only when someone chose it, on a terminal or with a hint.
 */
@Command(name = "generate", description = "Write the next migration (drizzle-kit's folder layout) for the changes since the last snapshot.",
        mixinStandardHelpOptions = true)
final class GenerateCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions configOptions;

    @Option(names = "--name", paramLabel = "NAME", description = "The migration's name (default: two random words).")
    String name;

    @Option(names = "--custom", description = "Write an empty migration for SQL of your own.")
    boolean custom;

    @Option(names = "--json", description = "Print what was written as JSON (docs/cli.md).")
    boolean json;

    private final Environment environment;

    GenerateCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        ConfigResult loaded = configOptions.load(environment);
        // The last snapshot is read on a second thread while the schema is parsed (see InBackground).
        CompletableFuture<Generate.Baseline> reading = loaded.config() == null ? null
                : CompletableFuture.supplyAsync(() -> Generate.baseline(new MigrationFolder(loaded.config().out())));
        SchemaInput input = SchemaInput.read(loaded, environment);
        if (input.hasErrors()) {
            input.report().printText(environment);
            environment.err().println("generate: nothing was written: fix the errors above first");
            return ExitCode.INVALID;
        }
        DschemaConfig config = input.config();
        MigrationFolder folder = new MigrationFolder(config.out());
        Generate.Baseline baseline = reading.join();
        if (!baseline.problems().isEmpty()) {
            return folderProblems(baseline.problems());
        }
        Generate.Preview preview = custom ? Generate.preview(baseline, baseline.schema(), RenameAnswers.NONE)
                : settleQuestions(baseline, input);
        if (preview == null) {
            return ExitCode.REFUSED;
        }
        if (!preview.diff().hintProblems().isEmpty()) {
            preview.diff().hintProblems().forEach(problem -> environment.err().println("error: " + problem));
            environment.err().println("generate: nothing was written: fix the rename hints above first");
            return ExitCode.INVALID;
        }
        if (!custom && preview.isEmpty()) {
            if (json) {
                JsonObject root = new JsonObject();
                root.addProperty("written", false);
                root.add("changes", new JsonArray());
                print(root);
            } else {
                environment.out().println("No schema changes, nothing to migrate");
            }
            return ExitCode.OK;
        }
        Generate.Outcome outcome;
        try {
            outcome = Generate.write(preview, new Generate.Options(name, custom, config.breakpoints(),
                    config.migrations().prefix(), Instant.now(), new SecureRandom()));
        } catch (IOException e) {
            environment.err().println("generate: cannot write into " + environment.display(folder.root()) + ": " + e.getMessage());
            return ExitCode.INVALID;
        }
        if (!outcome.written()) {
            return folderProblems(outcome.problems());
        }
        List<String> changes = custom ? List.of() : ChangeText.describe(preview.diff().changes());
        List<AssessedStep> risky = custom ? List.of() : preview.mayFail();
        if (json) {
            JsonObject root = new JsonObject();
            root.addProperty("written", true);
            root.addProperty("tag", outcome.tag());
            root.addProperty("sql", environment.display(outcome.sqlFile()));
            root.addProperty("snapshot", environment.display(outcome.snapshotFile()));
            root.addProperty("journal", environment.display(folder.journalFile()));
            root.addProperty("custom", custom);
            JsonArray changeArray = new JsonArray();
            changes.forEach(changeArray::add);
            root.add("changes", changeArray);
            JsonArray steps = new JsonArray();
            for (AssessedStep step : custom ? List.<AssessedStep>of() : preview.steps()) {
                JsonObject item = new JsonObject();
                item.addProperty("summary", step.step().summary());
                item.addProperty("risk", step.kind().name());
                JsonArray reasons = new JsonArray();
                step.reasons().forEach(reasons::add);
                item.add("reasons", reasons);
                steps.add(item);
            }
            root.add("steps", steps);
            print(root);
            return ExitCode.OK;
        }
        if (custom) {
            environment.out().println("Custom migration written: " + environment.display(outcome.sqlFile())
                    + " (put your SQL in it; its snapshot is the previous one)");
            return ExitCode.OK;
        }
        environment.out().println("Migration written: " + environment.display(outcome.sqlFile()) + " ("
                + changes.size() + (changes.size() == 1 ? " change" : " changes") + ")");
        changes.forEach(line -> environment.out().println("  " + line));
        for (AssessedStep step : risky) {
            environment.out().println("warning: may fail on the data of a database it runs on: " + step.step().summary());
            step.reasons().stream().skip(1).forEach(reason -> environment.out().println("  - " + reason));
        }
        return ExitCode.OK;
    }

    private int folderProblems(List<FolderProblem> problems) {
        for (FolderProblem problem : problems) {
            DiagnosticCode code = problem.message().startsWith("collision") || problem.message().startsWith("broken chain")
                    ? DiagnosticCode.SNAPSHOT_CHAIN_BROKEN : DiagnosticCode.MIGRATION_FOLDER_INVALID;
            environment.err().println(environment.display(problem.file()) + ": error[" + code.id() + "]: " + problem.message());
        }
        environment.err().println("generate: nothing was written: fix the migration folder first");
        return ExitCode.INVALID;
    }

    /** The preview once every rename question is answered; null when one is open and there is no terminal to ask. */
    private Generate.Preview settleQuestions(Generate.Baseline baseline, SchemaInput input) {
        RenameAnswers answers = RenameAnswers.NONE;
        while (true) {
            Generate.Preview preview = Generate.preview(baseline, input.schema(), answers);
            List<RenameQuestion> open = preview.diff().questions();
            if (open.isEmpty()) {
                return preview;
            }
            if (environment.terminal() == null) {
                environment.err().println("generate: refused, open rename " + (open.size() == 1 ? "question" : "questions") + ":");
                for (RenameQuestion question : open) {
                    SourceRange at = RenameDialog.where(question, input.schema());
                    String where = at.isNone() ? "" : at.file() + ":" + at.line() + ":" + at.column() + ": ";
                    environment.err().println("  " + where + describe(question));
                }
                environment.err().println("Nothing was written: add the hint, or run generate on a terminal to answer.");
                return null;
            }
            answers = RenameDialog.ask(environment.terminal(), open.get(0), answers);
        }
    }

    private static String describe(RenameQuestion question) {
        String candidates = String.join(" or ", question.candidates());
        String what = question.kind() == RenameQuestion.Kind.TABLE ? "table " + question.added()
                : "column " + question.table() + "." + question.added();
        return what + " is new and " + candidates + " is gone: a rename? add \""
                + question.hintFor(question.candidates().get(0)) + "\" to " + what;
    }

    private void print(JsonObject root) {
        environment.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
    }
}
