package io.dschema.cli;

import com.google.gson.JsonObject;
import io.dschema.config.ConfigResult;
import io.dschema.config.DschemaConfig;
import io.dschema.db.ApplyResult;
import io.dschema.db.Database;
import io.dschema.db.DatabaseException;
import io.dschema.db.Databases;
import io.dschema.diff.RenameAnswers;
import io.dschema.diff.RenameQuestion;
import io.dschema.migrate.Push;
import io.dschema.migrate.PushPreview;
import io.dschema.model.Schema;
import io.dschema.model.SourceRange;
import io.dschema.plan.AssessedStep;
import io.dschema.sqlite.InspectOptions;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dschema push}: make the database match the schema, atomically. Refuses what the data makes
 * fail (WILL_FAIL, exit 2 even with --force); asks before rewriting or dropping stored values
 * (on a terminal; without one, exit 2 unless --force); asks open rename questions (without a
 * terminal: exit 2 naming the hint, unless --force, which answers "drop and create").
 */
@Command(name = "push", description = "Push the schema to the database: ALTER where SQLite can, a safe rebuild where it cannot.",
        mixinStandardHelpOptions = true)
final class PushCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions configOptions;

    @Option(names = "--force", description = "Apply changes that rewrite or drop data without asking; answer open rename questions \"drop and create\".")
    boolean force;

    @Option(names = "--strict", description = "Ask before every push, even one that keeps every value (also \"strict\" in dschema.json).")
    boolean strict;

    @Option(names = "--verbose", description = "Print each statement (also \"verbose\" in dschema.json).")
    boolean verbose;

    @Option(names = "--json", description = "Print what was planned and applied as JSON (docs/cli.md).")
    boolean json;

    private final Environment environment;

    PushCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        ConfigResult loaded = configOptions.load(environment);
        if (loaded.config() == null) {
            return invalid(SchemaInput.read(loaded, environment));
        }
        DschemaConfig config = loaded.config();
        boolean strictMode = strict || config.strict();
        boolean verboseMode = verbose || config.verbose();
        InspectOptions options = DatabaseOptions.inspectOptions(config);
        String name = config.url().displayName();
        try (Database database = Databases.open(config.url())) {
            InBackground<Push.Inspected> inspection = InBackground.start("inspect", () -> Push.inspect(database, options));
            SchemaInput input = SchemaInput.read(loaded, environment);
            if (input.hasErrors()) {
                inspection.finish();
                return invalid(input);
            }
            PushPreview preview = settleQuestions(database, inspection.get(), input.schema(), options, name);
            if (preview == null) {
                return ExitCode.REFUSED;
            }
            if (!preview.diff().hintProblems().isEmpty()) {
                preview.diff().hintProblems().forEach(problem -> environment.err().println("error: " + problem));
                environment.err().println("push: nothing was pushed: fix the rename hints above first");
                return ExitCode.INVALID;
            }
            if (!json) {
                PlanReport.printText(environment, name, preview, verboseMode);
            }
            if (preview.isEmpty()) {
                printJson(name, preview, false, null);
                return ExitCode.OK;
            }
            List<AssessedStep> failing = preview.failing();
            if (!failing.isEmpty()) {
                environment.err().println("push: refused, the data in " + name + " makes "
                        + (failing.size() == 1 ? "this change" : "these changes") + " fail:");
                failing.forEach(step -> step.reasons().forEach(reason -> environment.err().println("  - " + reason)));
                environment.err().println("Fix the data (or the schema) first; nothing was changed.");
                printJson(name, preview, false, null);
                return ExitCode.REFUSED;
            }
            if (!confirmed(preview, strictMode, name)) {
                printJson(name, preview, false, null);
                return ExitCode.REFUSED;
            }
            String backup = null;
            if (preview.losesData()) {
                Optional<String> copy = database.backup();
                if (copy.isPresent()) {
                    backup = copy.get();
                    environment.out().println("Backup of " + name + " before the push: " + backup);
                }
            }
            ApplyResult result = Push.apply(database, preview, input.schema(), options);
            if (!json) {
                environment.out().println("Changes applied to " + name + " (" + preview.steps().size()
                        + (preview.steps().size() == 1 ? " change, " : " changes, ") + result.executed().size()
                        + " statements).");
            }
            printJson(name, preview, true, backup);
            return ExitCode.OK;
        } catch (DatabaseException e) {
            environment.err().println("push: " + e.getMessage());
            return e.kind() == DatabaseException.Kind.CHANGED ? ExitCode.REFUSED : ExitCode.DATABASE;
        }
    }

    private int invalid(SchemaInput input) {
        input.report().printText(environment);
        environment.err().println("push: nothing was pushed: fix the errors above first");
        return ExitCode.INVALID;
    }

    /** The preview once every rename question is answered; null when one is open and cannot be asked. */
    private PushPreview settleQuestions(Database database, Push.Inspected inspected, Schema target, InspectOptions options,
                                        String name) throws DatabaseException {
        RenameAnswers answers = force ? RenameAnswers.DROP_AND_CREATE : RenameAnswers.NONE;
        while (true) {
            PushPreview preview = Push.preview(database, inspected, target, options, answers);
            List<RenameQuestion> open = preview.diff().questions();
            if (open.isEmpty()) {
                return preview;
            }
            if (environment.terminal() == null) {
                environment.err().println("push: refused, open rename " + (open.size() == 1 ? "question" : "questions") + ":");
                for (RenameQuestion question : open) {
                    SourceRange at = RenameDialog.where(question, target);
                    String where = at.isNone() ? "" : at.file() + ":" + at.line() + ":" + at.column() + ": ";
                    environment.err().println("  " + where + RenameDialog.describe(question));
                }
                environment.err().println("Nothing was changed.");
                printJson(name, preview, false, null);
                return null;
            }
            answers = RenameDialog.ask(environment.terminal(), open.get(0), answers);
        }
    }

    private boolean confirmed(PushPreview preview, boolean strictMode, String name) {
        List<AssessedStep> risky = preview.needingConfirmation();
        if (risky.isEmpty() && !strictMode) {
            return true;
        }
        if (force) {
            return true;
        }
        if (environment.terminal() == null) {
            environment.err().println("push: refused without a terminal: "
                    + (risky.isEmpty() ? "strict mode asks before every push" : "these changes rewrite or drop stored data:"));
            risky.forEach(step -> environment.err().println("  - " + step.step().summary() + ": "
                    + String.join("; ", step.reasons()) + " [" + step.kind() + "]"));
            environment.err().println("Run push on a terminal to confirm, or pass --force. Nothing was changed.");
            return false;
        }
        String question = risky.isEmpty() ? "Push " + preview.steps().size() + " changes to " + name + "?"
                : "These changes to " + name + " rewrite or drop stored data:\n" + String.join("\n",
                risky.stream().map(step -> "  - " + step.step().summary() + ": " + String.join("; ", step.reasons())
                        + " [" + step.kind() + "]").toList()) + "\nApply them?";
        int chosen = environment.terminal().choose(question, List.of("No, abort",
                risky.isEmpty() ? "Yes, push" : "Yes, apply " + risky.size() + (risky.size() == 1 ? " change" : " changes")
                        + " that rewrite or drop data"));
        if (chosen != 1) {
            environment.err().println("push: aborted, nothing was changed.");
            return false;
        }
        return true;
    }

    private void printJson(String name, PushPreview preview, boolean applied, String backup) {
        if (!json) {
            return;
        }
        JsonObject root = PlanReport.json(name, preview);
        root.addProperty("applied", applied);
        if (backup != null) {
            root.addProperty("backup", backup);
        }
        PlanReport.printJson(environment, root);
    }
}
