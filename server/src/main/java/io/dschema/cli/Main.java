package io.dschema.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code java -jar dschema.jar <command>}. */
@Command(name = "dschema", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "A schema language for SQLite and Turso: check, format, push and migrate.",
        subcommandsRepeatable = false)
public final class Main implements java.util.concurrent.Callable<Integer> {

    private final Environment environment;

    Main(Environment environment) {
        this.environment = environment;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Terminal terminal = System.console() == null ? null
                : Terminal.console(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out);
        Environment environment = new Environment(Path.of("").toAbsolutePath(), System.getenv(), out, err, terminal);
        int code = run(environment, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command line and returns its exit code; never throws. */
    static int run(Environment environment, String... args) {
        CommandLine commandLine = new CommandLine(new Main(environment))
                .addSubcommand(new CheckCommand(environment))
                .addSubcommand(new FmtCommand(environment))
                .addSubcommand(new DiffCommand(environment))
                .addSubcommand(new PushCommand(environment))
                .addSubcommand(new GenerateCommand(environment))
                .addSubcommand(new MigrateCommand(environment))
                .addSubcommand(new StatusCommand(environment))
                .addSubcommand(new PullCommand(environment))
                .addSubcommand(new LspCommand())
                .setOut(environment.out())
                .setErr(environment.err())
                .setParameterExceptionHandler((e, ignored) -> {
                    environment.err().println("dschema: " + e.getMessage());
                    e.getCommandLine().usage(environment.err());
                    return ExitCode.INVALID;
                })
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    environment.err().println("dschema: internal error: " + e + " (please report it)");
                    return ExitCode.INVALID;
                });
        int code = commandLine.execute(args);
        environment.out().flush();
        environment.err().flush();
        return code;
    }

    /** {@code dschema} alone: the usage, and exit 1 since no command was given. */
    @Override
    public Integer call() {
        new CommandLine(this).usage(environment.err());
        return ExitCode.INVALID;
    }
}
