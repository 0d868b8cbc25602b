package io.dschema.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.dschema.analysis.Diagnostic;
import io.dschema.db.ApplyResult;
import io.dschema.db.Database;
import io.dschema.db.DatabaseException;
import io.dschema.db.Databases;
import io.dschema.diff.ChangeText;
import io.dschema.diff.RenameAnswers;
import io.dschema.diff.RenameQuestion;
import io.dschema.migrate.FolderCheck;
import io.dschema.migrate.Generate;
import io.dschema.migrate.Push;
import io.dschema.migrate.PushPreview;
import io.dschema.migrate.folder.FolderProblem;
import io.dschema.migrate.folder.MigrationFolder;
import io.dschema.model.Schema;
import io.dschema.plan.AssessedStep;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * {@code workspace/executeCommand}: push, preview, generate and check, each on the same engine as
 * the command line ({@link Push}, {@link Generate}, the lowering and the analyzer), with the
 * command line's rules: WILL_FAIL is refused before anything runs; CHANGES_VALUES and LOSES_DATA
 * (and everything in strict mode) are confirmed through {@code window/showMessageRequest}, listing
 * each item with its count; open rename questions are asked the same way; the outcome is shown
 * with {@code window/showMessage} and returned as the command's typed result ({@link Protocol}).
 */
final class Commands {

    private final DschemaLanguageServer server;

    Commands(DschemaLanguageServer server) {
        this.server = server;
    }

    Object run(String command, List<Object> arguments) {
        return run(command, arguments, null);
    }

    /** Runs a command; the long ones (push, generate, migrate, pull) report work done progress on {@code progressToken} or a created one. */
    Object run(String command, List<Object> arguments, org.eclipse.lsp4j.jsonrpc.messages.Either<String, Integer> progressToken) {
        JsonObject argument = argument(arguments);
        String uri = argument.has("uri") && argument.get("uri").isJsonPrimitive() ? argument.get("uri").getAsString() : null;
        Optional<Project> project = server.projectOf(uri);
        if (!Protocol.COMMANDS.contains(command)) {
            throw error(ResponseErrorCode.MethodNotFound, "unknown command " + command + "; known: " + Protocol.COMMANDS);
        }
        if (project.isEmpty()) {
            throw error(ResponseErrorCode.InvalidParams, command + " takes one argument {\"uri\": \"<schema file uri>\"}");
        }
        return switch (command) {
            case Protocol.PREVIEW -> preview(project.get());
            case Protocol.CHECK -> check(project.get());
            default -> {
                try (WorkProgress progress = WorkProgress.begin(server, progressToken, title(command, project.get()))) {
                    yield switch (command) {
                        case Protocol.PUSH -> push(project.get(), bool(argument, "force"));
                        case Protocol.GENERATE -> generate(project.get(), string(argument, "name"));
                        case Protocol.MIGRATE -> MigrateCommand.run(server, project.get(), progress);
                        default -> PullCommand.run(server, project.get(), progress);
                    };
                }
            }
        };
    }

    private static String title(String command, Project project) {
        return switch (command) {
            case Protocol.PUSH -> "Pushing to " + project.databaseName();
            case Protocol.GENERATE -> "Generating a migration";
            case Protocol.MIGRATE -> "Applying migrations to " + project.databaseName();
            default -> "Pulling " + project.databaseName();
        };
    }

    // ---- push ----------------------------------------------------------------------------

    Protocol.PushResult push(Project project, boolean force) {
        String name = project.databaseName();
        Optional<String> invalid = invalid(project);
        if (invalid.isPresent()) {
            return pushOutcome(false, "invalid", name, "push: nothing was pushed: " + invalid.get(), List.of(), null, null,
                    MessageType.Error);
        }
        FirstPass pass = FirstPass.run(project.files(), server.documents);
        Schema target = pass.lowered().schema();
        try (Database database = Databases.open(project.config().url())) {
            Push.Inspected inspected = Push.inspect(database, project.inspectOptions());
            PushPreview preview = settle(force ? RenameAnswers.DROP_AND_CREATE : RenameAnswers.NONE,
                    answers -> preview(database, inspected, target, project, answers));
            if (preview == null) {
                return pushOutcome(false, "cancelled", name, "push: cancelled, nothing was changed", List.of(), null, null,
                        MessageType.Info);
            }
            List<Protocol.Risk> risks = risks(preview.steps());
            if (!preview.diff().hintProblems().isEmpty()) {
                return pushOutcome(false, "invalid", name, "push: nothing was pushed: " + String.join("; ",
                        preview.diff().hintProblems()), List.of(), risks, null, MessageType.Error);
            }
            if (preview.isEmpty()) {
                return pushOutcome(false, "nothing to do", name, name + " already matches the schema", List.of(), risks,
                        null, MessageType.Info);
            }
            List<AssessedStep> failing = preview.failing();
            if (!failing.isEmpty()) {
                List<String> reasons = new ArrayList<>();
                failing.forEach(step -> reasons.addAll(step.reasons()));
                return pushOutcome(false, "refused", name, "push refused: the data in " + name + " makes it fail: "
                        + String.join("; ", reasons) + ". Nothing was changed.", List.of(), risks, null, MessageType.Error);
            }
            if (!confirmed(preview, force || !needsAsking(preview, project), name)) {
                return pushOutcome(false, "cancelled", name, "push: cancelled, nothing was changed", List.of(), risks, null,
                        MessageType.Info);
            }
            String backup = preview.losesData() ? database.backup().orElse(null) : null;
            ApplyResult result = Push.apply(database, preview, target, project.inspectOptions());
            server.baselines.invalidate();
            server.changedAll();
            return pushOutcome(true, "applied", name, "Pushed to " + name + ": " + preview.steps().size()
                    + (preview.steps().size() == 1 ? " change, " : " changes, ") + result.executed().size() + " statements"
                    + (backup == null ? "" : " (backup: " + backup + ")"), result.executed(), risks, backup, MessageType.Info);
        } catch (DatabaseException e) {
            return pushOutcome(false, "failed", name, "push: " + e.getMessage() + " (nothing was changed)", List.of(), null,
                    null, MessageType.Error);
        }
    }

    private PushPreview preview(Database database, Push.Inspected inspected, Schema target, Project project,
                                RenameAnswers answers) {
        try {
            return Push.preview(database, inspected, target, project.inspectOptions(), answers);
        } catch (DatabaseException e) {
            throw new PreviewFailed(e);
        }
    }

    private static final class PreviewFailed extends RuntimeException {
        PreviewFailed(DatabaseException cause) {
            super(cause);
        }
    }

    /** The preview once every open rename question is answered; null when the user cancelled one. */
    private PushPreview settle(RenameAnswers initial, Function<RenameAnswers, PushPreview> previewWith) throws DatabaseException {
        RenameAnswers answers = initial;
        try {
            while (true) {
                PushPreview preview = previewWith.apply(answers);
                if (preview.diff().questions().isEmpty()) {
                    return preview;
                }
                answers = ask(preview.diff().questions().get(0), answers);
                if (answers == null) {
                    return null;
                }
            }
        } catch (PreviewFailed e) {
            throw (DatabaseException) e.getCause();
        }
    }

    /** Asks one rename question; null when the user dismissed it. */
    private RenameAnswers ask(RenameQuestion question, RenameAnswers answers) {
        String what = question.kind() == RenameQuestion.Kind.TABLE ? "table " + question.added()
                : "column " + question.table() + "." + question.added();
        List<String> choices = new ArrayList<>();
        choices.add("Create " + question.added() + " (drop " + String.join(", ", question.candidates()) + " with its data)");
        question.candidates().forEach(candidate -> choices.add("Rename " + candidate + " to " + question.added()
                + " (keep its data)"));
        choices.add("Cancel");
        int chosen = choose(MessageType.Warning, what + " is new and " + String.join(" or ", question.candidates())
                + " is gone: is it created, or renamed from " + (question.candidates().size() == 1 ? "it" : "one of them")
                + "?", choices);
        if (chosen < 0 || chosen == choices.size() - 1) {
            return null;
        }
        return chosen == 0 ? answers.created(question) : answers.renamed(question, question.candidates().get(chosen - 1));
    }

    private static boolean needsAsking(PushPreview preview, Project project) {
        return !preview.needingConfirmation().isEmpty() || project.config().strict();
    }

    private boolean confirmed(PushPreview preview, boolean skip, String name) {
        if (skip) {
            return true;
        }
        List<AssessedStep> risky = preview.needingConfirmation();
        String message;
        String yes;
        if (risky.isEmpty()) {
            message = "Push " + preview.steps().size() + (preview.steps().size() == 1 ? " change" : " changes") + " to " + name
                    + "? (strict mode asks before every push)";
            yes = "Push";
        } else {
            List<String> items = new ArrayList<>();
            for (AssessedStep step : risky) {
                items.add("• " + step.step().summary() + ": " + String.join("; ", step.reasons().stream()
                        .filter(reason -> !reason.equals(step.step().summary())).toList()) + " [" + step.kind() + "]");
            }
            message = "These changes to " + name + " rewrite or drop stored data:\n" + String.join("\n", items)
                    + "\nApply them?";
            yes = "Apply " + risky.size() + (risky.size() == 1 ? " change" : " changes") + " that rewrite or drop data";
        }
        return choose(MessageType.Warning, message, List.of(yes, "Cancel")) == 0;
    }

    /** Shows a question and returns the index of the chosen answer, or -1 when dismissed or unanswerable. */
    private int choose(MessageType type, String message, List<String> choices) {
        ShowMessageRequestParams params = new ShowMessageRequestParams(choices.stream().map(MessageActionItem::new).toList());
        params.setType(type);
        params.setMessage(message);
        try {
            MessageActionItem item = server.client().showMessageRequest(params).get();
            return item == null ? -1 : choices.indexOf(item.getTitle());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (ExecutionException | RuntimeException e) {
            return -1;
        }
    }

    private Protocol.PushResult pushOutcome(boolean applied, String outcome, String database, String message,
                                            List<String> statements, List<Protocol.Risk> risks, String backup,
                                            MessageType type) {
        server.client().showMessage(new MessageParams(type, message));
        return new Protocol.PushResult(applied, outcome, database, message, statements, risks == null ? List.of() : risks,
                backup);
    }

    // ---- preview -------------------------------------------------------------------------

    Protocol.PreviewResult preview(Project project) {
        String name = project.databaseName();
        Optional<String> invalid = invalid(project);
        if (invalid.isPresent()) {
            return new Protocol.PreviewResult(name, false, invalid.get(), List.of(), List.of(), List.of());
        }
        Schema target = FirstPass.run(project.files(), server.documents).lowered().schema();
        try (Database database = Databases.open(project.config().url())) {
            PushPreview preview = Push.preview(database, target, project.inspectOptions(), RenameAnswers.NONE);
            List<String> sql = new ArrayList<>();
            if (!preview.plan().isEmpty()) {
                sql.addAll(preview.plan().prologue());
                sql.addAll(preview.plan().setup());
                sql.addAll(preview.plan().statements());
                sql.addAll(preview.plan().epilogue());
            }
            List<String> questions = preview.diff().questions().stream()
                    .map(q -> (q.kind() == RenameQuestion.Kind.TABLE ? "table " : "column " + q.table() + ".") + q.added()
                            + " is new and " + String.join(" or ", q.candidates()) + " is gone: a rename? add \""
                            + q.hintFor(q.candidates().get(0)) + "\"").toList();
            String message = preview.isEmpty() ? name + " already matches the schema"
                    : preview.steps().size() + (preview.steps().size() == 1 ? " change" : " changes") + " to push to " + name;
            if (!preview.diff().hintProblems().isEmpty()) {
                return new Protocol.PreviewResult(name, false, String.join("; ", preview.diff().hintProblems()), sql,
                        risks(preview.steps()), questions);
            }
            return new Protocol.PreviewResult(name, true, message, sql, risks(preview.steps()), questions);
        } catch (DatabaseException e) {
            return new Protocol.PreviewResult(name, false, "cannot read " + name + ": " + e.getMessage(), List.of(), List.of(),
                    List.of());
        }
    }

    // ---- generate ------------------------------------------------------------------------

    Protocol.GenerateResult generate(Project project, String migrationName) {
        Optional<String> invalid = invalid(project);
        if (invalid.isPresent()) {
            return generateOutcome(false, "invalid", "generate: nothing was written: " + invalid.get(), null, List.of(),
                    List.of(), MessageType.Error);
        }
        Schema target = FirstPass.run(project.files(), server.documents).lowered().schema();
        MigrationFolder folder = new MigrationFolder(project.config().out());
        Generate.Baseline baseline = Generate.baseline(folder);
        if (!baseline.problems().isEmpty()) {
            return generateOutcome(false, "invalid", "generate: nothing was written: fix the migration folder first: "
                    + describe(baseline.problems()), null, List.of(), List.of(), MessageType.Error);
        }
        Generate.Preview preview;
        RenameAnswers answers = RenameAnswers.NONE;
        while (true) {
            preview = Generate.preview(baseline, target, answers);
            if (preview.diff().questions().isEmpty()) {
                break;
            }
            answers = ask(preview.diff().questions().get(0), answers);
            if (answers == null) {
                return generateOutcome(false, "cancelled", "generate: cancelled, nothing was written", null, List.of(),
                        List.of(), MessageType.Info);
            }
        }
        if (!preview.diff().hintProblems().isEmpty()) {
            return generateOutcome(false, "invalid", "generate: nothing was written: "
                    + String.join("; ", preview.diff().hintProblems()), null, List.of(), List.of(), MessageType.Error);
        }
        if (preview.isEmpty()) {
            return generateOutcome(false, "nothing to do", "No schema changes, nothing to migrate", null, List.of(),
                    List.of(), MessageType.Info);
        }
        Generate.Outcome outcome;
        try {
            outcome = Generate.write(preview, new Generate.Options(migrationName, false, project.config().breakpoints(),
                    project.config().migrations().prefix(), Instant.now(), new SecureRandom()));
        } catch (IOException e) {
            return generateOutcome(false, "failed", "generate: cannot write into " + folder.root() + ": " + e.getMessage(),
                    null, List.of(), List.of(), MessageType.Error);
        }
        if (!outcome.written()) {
            return generateOutcome(false, "invalid", "generate: nothing was written: " + describe(outcome.problems()), null,
                    List.of(), List.of(), MessageType.Error);
        }
        List<String> changes = ChangeText.describe(preview.diff().changes());
        List<String> files = List.of(Uris.toUri(outcome.sqlFile()), Uris.toUri(outcome.snapshotFile()),
                Uris.toUri(folder.journalFile()));
        ShowDocumentParams show = new ShowDocumentParams(files.get(0));
        show.setTakeFocus(true);
        try {
            server.client().showDocument(show);
        } catch (RuntimeException e) {
            // a client without showDocument: the message below names the file
        }
        server.changedAll();
        return generateOutcome(true, "written", "Migration written: " + outcome.sqlFile().getFileName() + " ("
                + changes.size() + (changes.size() == 1 ? " change)" : " changes)"), outcome.tag(), files, changes,
                MessageType.Info);
    }

    private Protocol.GenerateResult generateOutcome(boolean written, String outcome, String message, String tag,
                                                    List<String> files, List<String> changes, MessageType type) {
        server.client().showMessage(new MessageParams(type, message));
        return new Protocol.GenerateResult(written, outcome, message, tag, files, changes);
    }

    private static String describe(List<FolderProblem> problems) {
        return String.join("; ", problems.stream().map(p -> p.file().getFileName() + ": " + p.message()).toList());
    }

    // ---- check ---------------------------------------------------------------------------

    Protocol.CheckResult check(Project project) {
        List<Protocol.Finding> findings = new ArrayList<>();
        project.loaded().problems().forEach(problem -> findings.add(new Protocol.Finding(
                problem.file() == null ? null : Uris.toUri(problem.file()), problem.line(), problem.column(),
                problem.isError() ? "error" : "warning", problem.code().id(), problem.message())));
        FirstPass pass = FirstPass.run(project.files(), server.documents);
        for (Diagnostic diagnostic : pass.diagnostics()) {
            String file = diagnostic.range().file();
            findings.add(new Protocol.Finding(file == null || file.isEmpty() ? null : Uris.toUri(java.nio.file.Path.of(file)),
                    diagnostic.range().line(), diagnostic.range().column(), diagnostic.severity().label(),
                    diagnostic.code().id(), diagnostic.message()));
        }
        if (project.hasTarget()) {
            MigrationFolder folder = new MigrationFolder(project.config().out());
            if (folder.exists()) {
                for (FolderCheck.Finding found : FolderCheck.check(folder, pass.hasErrors() ? null : pass.lowered().schema())) {
                    findings.add(new Protocol.Finding(Uris.toUri(found.file()), 0, 0, "error", found.code().id(),
                            found.message()));
                }
            }
        }
        boolean valid = findings.stream().noneMatch(finding -> finding.severity().equals("error"));
        return new Protocol.CheckResult(valid, findings);
    }

    // ---- shared --------------------------------------------------------------------------

    /** Why a command cannot run on this project's schema, or empty. */
    private Optional<String> invalid(Project project) {
        if (project.loaded().config() == null) {
            return Optional.of("dschema.json has errors: " + String.join("; ",
                    project.loaded().errors().stream().map(p -> p.message()).toList()));
        }
        if (!project.covered()) {
            return Optional.of("this file is not part of the schema " + project.key() + " names");
        }
        FirstPass pass = FirstPass.run(project.files(), server.documents);
        if (pass.hasErrors()) {
            long errors = pass.diagnostics().stream().filter(d -> d.severity() == io.dschema.analysis.Severity.ERROR).count();
            return Optional.of("fix the " + errors + (errors == 1 ? " error" : " errors") + " in the schema first");
        }
        return Optional.empty();
    }

    static List<Protocol.Risk> risks(List<AssessedStep> steps) {
        return steps.stream().map(step -> new Protocol.Risk(step.step().table(), step.step().summary(), step.kind().name(),
                step.reasons(), step.step().statements())).toList();
    }

    private static JsonObject argument(List<Object> arguments) {
        if (arguments == null || arguments.isEmpty()) {
            return new JsonObject();
        }
        Object first = arguments.get(0);
        if (first instanceof JsonObject object) {
            return object;
        }
        if (first instanceof JsonElement element && element.isJsonObject()) {
            return element.getAsJsonObject();
        }
        if (first instanceof java.util.Map<?, ?> map) {
            JsonObject object = new JsonObject();
            map.forEach((key, value) -> {
                if (value instanceof Boolean b) {
                    object.addProperty(String.valueOf(key), b);
                } else if (value != null) {
                    object.addProperty(String.valueOf(key), value.toString());
                }
            });
            return object;
        }
        return new JsonObject();
    }

    private static boolean bool(JsonObject argument, String key) {
        JsonElement value = argument.get(key);
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean() && value.getAsBoolean();
    }

    private static String string(JsonObject argument, String key) {
        JsonElement value = argument.get(key);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }

    private static ResponseErrorException error(ResponseErrorCode code, String message) {
        return new ResponseErrorException(new ResponseError(code, message, null));
    }
}
