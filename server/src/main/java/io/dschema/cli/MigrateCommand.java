package io.dschema.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.dschema.db.Database;
import io.dschema.db.DatabaseException;
import io.dschema.db.Databases;
import io.dschema.migrate.Migrate;
import io.dschema.migrate.MigrationScript;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dschema migrate}: applies the pending migrations of the folder to the database, each in a
 * transaction of its own. Exit 1 (nothing applied) when an applied file was edited, a pending one
 * is older than the newest applied one (unless --allow-out-of-order) or the folder is malformed;
 * exit 3 when a migration fails (it is rolled back, the ones before it stay applied).
 */
@Command(name = "migrate", description = "Apply the pending migrations of the migration folder to the database.",
        mixinStandardHelpOptions = true)
final class MigrateCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions configOptions;

    @Option(names = "--allow-out-of-order", description = "Apply pending migrations older than the newest applied one"
            + " (drizzle-orm skips them silently; without this flag migrate stops).")
    boolean allowOutOfOrder;

    @Option(names = "--json", description = "Print what was applied as JSON (docs/cli.md).")
    boolean json;

    private final Environment environment;

    MigrateCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        FolderInput input = FolderInput.read(configOptions, environment, "migrate");
        if (!input.ok()) {
            return ExitCode.INVALID;
        }
        String table = input.config().migrations().table();
        String name = input.config().url().displayName();
        Migrate.Result result;
        try (Database database = Databases.open(input.config().url())) {
            result = Migrate.run(database, input.contents().migrations(), new Migrate.Options(table, allowOutOfOrder),
                    script -> {
                        if (!json) {
                            environment.out().println("Applied " + script.file().entry().tag() + " (" + count(script) + ")");
                        }
                    });
        } catch (DatabaseException e) {
            environment.err().println("migrate: " + e.getMessage());
            return ExitCode.DATABASE;
        }
        result.warnings().forEach(warning -> environment.err().println("warning: " + warning));
        int code = report(result, name);
        if (json) {
            printJson(result, name, input);
        }
        return code;
    }

    private int report(Migrate.Result result, String name) {
        if (!result.problems().isEmpty()) {
            result.problems().forEach(problem -> environment.err().println("error: " + problem));
            environment.err().println("migrate: nothing was applied to " + name);
            return ExitCode.INVALID;
        }
        if (result.failure() != null) {
            String kept = result.applied().isEmpty() ? "" : " (the " + result.applied().size()
                    + (result.applied().size() == 1 ? " migration" : " migrations") + " before it stay applied)";
            if (result.failedFile() != null) {
                environment.err().println("migrate: " + result.failedFile().entry().tag() + ".sql failed and was rolled back"
                        + kept + ": " + result.failure().getMessage());
            } else {
                environment.err().println("migrate: " + result.failure().getMessage());
            }
            return result.failure().kind() == DatabaseException.Kind.CHANGED ? ExitCode.REFUSED : ExitCode.DATABASE;
        }
        if (!json) {
            if (result.applied().isEmpty()) {
                environment.out().println("No pending migrations: " + name + " is up to date.");
            } else {
                environment.out().println(result.applied().size() + (result.applied().size() == 1 ? " migration" : " migrations")
                        + " applied to " + name + ".");
            }
        }
        return ExitCode.OK;
    }

    private static String count(MigrationScript script) {
        int n = script.statements().size();
        return n + (n == 1 ? " statement" : " statements");
    }

    private void printJson(Migrate.Result result, String name, FolderInput input) {
        JsonObject root = new JsonObject();
        root.addProperty("database", name);
        root.addProperty("folder", environment.display(input.folder().root()));
        JsonArray applied = new JsonArray();
        for (MigrationScript script : result.applied()) {
            JsonObject item = new JsonObject();
            item.addProperty("tag", script.file().entry().tag());
            item.addProperty("when", script.file().entry().when());
            item.addProperty("hash", script.file().hash());
            item.addProperty("statements", script.statements().size());
            applied.add(item);
        }
        root.add("applied", applied);
        root.add("warnings", strings(result.warnings()));
        root.add("problems", strings(result.problems()));
        if (result.failure() != null) {
            JsonObject failure = new JsonObject();
            if (result.failedFile() != null) {
                failure.addProperty("tag", result.failedFile().entry().tag());
            }
            if (result.failure().statement() != null) {
                failure.addProperty("statement", result.failure().statement());
            }
            failure.addProperty("message", result.failure().getMessage());
            root.add("failure", failure);
        }
        PlanReport.printJson(environment, root);
    }

    static JsonArray strings(java.util.List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
