package io.dschema.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.dschema.analysis.Diagnostic;
import io.dschema.analysis.Severity;
import io.dschema.config.ConfigResult;
import io.dschema.config.DschemaConfig;
import io.dschema.db.Database;
import io.dschema.db.DatabaseException;
import io.dschema.db.Databases;
import io.dschema.model.SqlObject;
import io.dschema.pull.Pull;
import io.dschema.pull.PullResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dschema pull}: write the configured database's tables as a formatted .dschema file. Reads
 * the database only (a missing one is an error: exit 3); never writes over an existing file
 * without {@code --force} (exit 1); refuses, naming the table, a database a schema cannot say
 * (exit 1, nothing written).
 */
@Command(name = "pull", description = "Write the database's tables as a .dschema file (the database is only read).",
        mixinStandardHelpOptions = true)
final class PullCommand implements Callable<Integer> {

    /** The file pull writes when --output is not given: next to the config, or in the current folder. */
    static final String DEFAULT_FILE = "schema.dschema";

    @Mixin
    ConfigOptions configOptions;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "The file to write (default: schema.dschema next to dschema.json, or in the current folder).")
    String output;

    @Option(names = "--force", description = "Write over the output file if it exists.")
    boolean force;

    @Option(names = "--json", description = "Print the result as JSON (docs/cli.md).")
    boolean json;

    private final Environment environment;

    PullCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        // pull writes the schema rather than reading it: a "schema" that matches nothing yet is no problem here
        ConfigResult loaded = configOptions.loadWithoutSchema(environment);
        loaded.problems().forEach(problem -> environment.err().println(Finding.of(problem, environment::display).format()));
        if (loaded.config() == null || loaded.hasErrors()) {
            return ExitCode.INVALID;
        }
        DschemaConfig config = loaded.config();
        Path target = target(config);
        String shown = environment.display(target);
        String name = config.url().displayName();
        if (Files.exists(target) && !force) {
            return refuse(name, shown, List.of(shown + " exists already: pass --force to write over it, or --output FILE"),
                    ExitCode.INVALID);
        }
        PullResult result;
        try (Database database = Databases.open(config.url())) {
            result = Pull.pull(database, DatabaseOptions.inspectOptions(config));
        } catch (DatabaseException e) {
            return refuse(name, shown, List.of(e.getMessage()), ExitCode.DATABASE);
        }
        if (!result.ok()) {
            return refuse(name, shown, result.problems(), ExitCode.INVALID, result);
        }
        try {
            write(target, result.text());
        } catch (IOException e) {
            return refuse(name, shown, List.of("cannot write " + shown + ": " + e.getMessage()), ExitCode.INVALID, result);
        }
        if (json) {
            PlanReport.printJson(environment, json(name, shown, true, List.of(), result));
        } else {
            result.warnings().forEach(warning -> environment.err().println("warning: " + warning));
            int tables = result.inspected().tables().size();
            environment.out().println("Pulled " + tables + (tables == 1 ? " table" : " tables") + " from " + name
                    + " into " + shown + kept(result));
            long errors = result.errorFindings();
            if (errors > 0) {
                String first = result.findings().stream().filter(d -> d.severity() == Severity.ERROR)
                        .map(Diagnostic::message).findFirst().orElse("");
                environment.out().println("note: dschema check reports " + errors + (errors == 1 ? " error" : " errors")
                        + " in it, which the database holds as well (" + first + ")");
            }
        }
        return ExitCode.OK;
    }

    private Path target(DschemaConfig config) {
        if (output != null) {
            return environment.cwd().resolve(output).toAbsolutePath().normalize();
        }
        Path folder = config.configFile() != null ? config.configFile().toAbsolutePath().getParent() : environment.cwd();
        return folder.resolve(DEFAULT_FILE).toAbsolutePath().normalize();
    }

    /** Written next to the target and moved over it, so a failure never leaves half a file. */
    private static void write(Path target, String text) throws IOException {
        Path folder = target.getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        Path temporary = Files.createTempFile(folder, ".dschema-pull-", ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String kept(PullResult result) {
        int views = result.inspected().views().size();
        int triggers = result.inspected().triggers().size();
        if (views + triggers == 0) {
            return "";
        }
        return " (" + views + (views == 1 ? " view" : " views") + " and " + triggers
                + (triggers == 1 ? " trigger" : " triggers") + " noted in a comment: push keeps them)";
    }

    private int refuse(String database, String shown, List<String> problems, int code) {
        return refuse(database, shown, problems, code, null);
    }

    private int refuse(String database, String shown, List<String> problems, int code, PullResult result) {
        if (json) {
            PlanReport.printJson(environment, json(database, shown, false, problems, result));
        } else {
            problems.forEach(problem -> environment.err().println("pull: error: " + problem));
            environment.err().println("pull: nothing written");
        }
        return code;
    }

    private static JsonObject json(String database, String output, boolean written, List<String> problems,
                                   PullResult result) {
        JsonObject root = new JsonObject();
        root.addProperty("database", database);
        root.addProperty("output", output);
        root.addProperty("written", written);
        root.add("problems", strings(problems));
        root.add("warnings", strings(result == null ? List.of() : result.warnings()));
        JsonArray tables = new JsonArray();
        JsonArray views = new JsonArray();
        JsonArray triggers = new JsonArray();
        if (result != null) {
            result.inspected().tables().forEach(table -> tables.add(table.name()));
            result.inspected().views().stream().map(SqlObject::name).forEach(views::add);
            result.inspected().triggers().stream().map(SqlObject::name).forEach(triggers::add);
        }
        root.add("tables", tables);
        root.add("views", views);
        root.add("triggers", triggers);
        JsonArray findings = new JsonArray();
        if (result != null) {
            for (Diagnostic diagnostic : result.findings()) {
                findings.add(diagnostic.format());
            }
        }
        root.add("findings", findings);
        return root;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
