package io.dschema.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dschema check}: is the schema valid? Every diagnostic, then exit 1 when one is an error. */
@Command(name = "check", description = "Check the schema: syntax, names, references, types and constraints.",
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
        FindingsReport report = SchemaInput.read(configOptions, environment).report();
        if (json) {
            report.printJson(environment);
        } else {
            report.printText(environment);
        }
        return report.hasErrors() ? ExitCode.INVALID : ExitCode.OK;
    }
}
