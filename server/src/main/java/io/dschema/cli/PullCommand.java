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
import io.dschema.migrate.PullBaseline;
import io.dschema.migrate.folder.MigrationFolder;
import io.dschema.model.SqlObject;
import io.dschema.pull.Pull;
import io.dschema.pull.PullResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Instant;
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

    @Option(names = "--baseline", description = "Also adopt the database: write the migration folder's first migration"
            + " (commented out) and its snapshot, and record it as applied on the database.")
    boolean baseline;

    @Option(names = "--name", paramLabel = "NAME", description = "With --baseline: the migration's name (default: two random words).")
    String name;

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
        if (Files.exists(target) && !force) {
            return refuse(name(config), shown, List.of(shown + " exists already: pass --force to write over it, or --output FILE"),
                    ExitCode.INVALID);
        }
        if (name != null && !baseline) {
            return refuse(name(config), shown, List.of("--name names the migration --baseline writes: pass --baseline too"),
                    ExitCode.INVALID);
        }
        if (baseline) {
            return adopt(config, target, shown);
        }
        PullResult result;
        try (Database database = Databases.open(config.url())) {
            result = Pull.pull(database, DatabaseOptions.inspectOptions(config));
        } catch (DatabaseException e) {
            return refuse(name(config), shown, List.of(e.getMessage()), ExitCode.DATABASE);
        }
        if (!result.ok()) {
            return refuse(name(config), shown, result.problems(), ExitCode.INVALID, result);
        }
        try {
            write(target, result.text());
        } catch (IOException e) {
            return refuse(name(config), shown, List.of("cannot write " + shown + ": " + e.getMessage()), ExitCode.INVALID, result);
        }
        if (json) {
            PlanReport.printJson(environment, json(name(config), shown, true, List.of(), result));
        } else {
            printPulled(config, shown, result);
        }
        return ExitCode.OK;
    }

    /**
     * {@code --baseline}: everything is read and checked first (folder, migrations table, the pulled
     * text), then the migration and its snapshot are written, the row recorded, the journal written,
     * and the schema file last: a failure before the recording commits leaves nothing behind.
     */
    private int adopt(DschemaConfig config, Path target, String shown) {
        String database = name(config);
        MigrationFolder folder = new MigrationFolder(config.out());
        PullBaseline.Options options = new PullBaseline.Options(config.migrations().table(), config.migrations().prefix(),
                config.breakpoints(), name, Instant.now(), new SecureRandom());
        PullBaseline.Prepared prepared;
        try (Database db = Databases.open(config.url())) {
            prepared = PullBaseline.prepare(db, folder, DatabaseOptions.inspectOptions(config), options);
            if (!prepared.ok()) {
                return refuse(database, shown, prepared.problems().stream().map(p -> displayPaths(p, folder)).toList(),
                        ExitCode.INVALID, prepared.pull());
            }
            try {
                PullBaseline.write(db, prepared);
            } catch (IOException e) {
                return refuse(database, shown, List.of("cannot write the migration folder " + environment.display(folder.root())
                        + ": " + e.getMessage()), ExitCode.INVALID, prepared.pull());
            }
        } catch (DatabaseException e) {
            String message = e.kind() == DatabaseException.Kind.CHANGED
                    ? database + " changed while it was read (" + e.getMessage() + "): run pull --baseline again"
                    : e.getMessage();
            return refuse(database, shown, List.of(message),
                    e.kind() == DatabaseException.Kind.CHANGED ? ExitCode.REFUSED : ExitCode.DATABASE);
        }
        PullResult result = prepared.pull();
        try {
            write(target, result.text());
        } catch (IOException e) {
            environment.err().println("pull: error: cannot write " + shown + ": " + e.getMessage() + "; the baseline "
                    + prepared.tag() + " is written and recorded in " + database + ": run dschema pull --output FILE"
                    + " (without --baseline) to write the schema");
            return ExitCode.INVALID;
        }
        if (json) {
            JsonObject root = json(database, shown, true, List.of(), result);
            JsonObject written = new JsonObject();
            written.addProperty("tag", prepared.tag());
            written.addProperty("sql", environment.display(prepared.sqlFile()));
            written.addProperty("snapshot", environment.display(prepared.snapshotFile()));
            written.addProperty("journal", environment.display(folder.journalFile()));
            written.addProperty("table", prepared.table());
            written.addProperty("when", prepared.entry().when());
            written.addProperty("hash", prepared.snapshot().extras().sqlHash());
            root.add("baseline", written);
            PlanReport.printJson(environment, root);
        } else {
            printPulled(config, shown, result);
            environment.out().println("Baseline " + prepared.tag() + " written (commented out: "
                    + environment.display(prepared.sqlFile()) + ", " + environment.display(prepared.snapshotFile()) + ", "
                    + environment.display(folder.journalFile()) + ") and recorded as applied in " + database + " ("
                    + prepared.table() + "): the next generate holds only new changes");
        }
        return ExitCode.OK;
    }

    /** The engine names files by absolute path; shown here as the other commands show them. */
    private String displayPaths(String problem, MigrationFolder folder) {
        return problem.replace(folder.root().toString(), environment.display(folder.root()));
    }

    private static String name(DschemaConfig config) {
        return config.url().displayName();
    }

    private void printPulled(DschemaConfig config, String shown, PullResult result) {
        result.warnings().forEach(warning -> environment.err().println("warning: " + warning));
        int tables = result.inspected().tables().size();
        environment.out().println("Pulled " + tables + (tables == 1 ? " table" : " tables") + " from " + name(config)
                + " into " + shown + kept(result));
        long errors = result.errorFindings();
        if (errors > 0) {
            String first = result.findings().stream().filter(d -> d.severity() == Severity.ERROR)
                    .map(Diagnostic::message).findFirst().orElse("");
            environment.out().println("note: dschema check reports " + errors + (errors == 1 ? " error" : " errors")
                    + " in it, which the database holds as well (" + first + ")");
        }
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
