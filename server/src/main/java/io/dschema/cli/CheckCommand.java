package io.dschema.cli;

import io.dschema.analysis.Analyzer;
import io.dschema.analysis.Diagnostic;
import io.dschema.config.ConfigResult;
import io.dschema.config.DschemaConfig;
import io.dschema.config.SchemaResolution;
import io.dschema.lower.LoweredSchema;
import io.dschema.lower.SchemaReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        ConfigResult loaded = configOptions.load(environment);
        List<Finding> findings = new ArrayList<>();
        loaded.problems().forEach(problem -> findings.add(Finding.of(problem, environment::display)));
        List<String> fileNames = new ArrayList<>();
        DschemaConfig config = loaded.config();
        if (config != null) {
            SchemaResolution resolution = config.resolveSchema();
            resolution.problems().forEach(problem -> findings.add(Finding.of(problem, environment::display)));
            List<Path> files = resolution.files();
            files.forEach(file -> fileNames.add(environment.display(file)));
            if (files.isEmpty() && resolution.problems().isEmpty()) {
                findings.add(new Finding(environment.display(config.baseDir()), 0, 0, 0, 0, "error", "DS0907",
                        "no .dschema files found: pass --schema PATH or set \"schema\" in dschema.json"));
            }
            LoweredSchema lowered = SchemaReader.read(files, environment::display);
            lowered.diagnostics().forEach(d -> findings.add(Finding.of(d)));
            for (Diagnostic diagnostic : Analyzer.analyze(lowered.schema())) {
                findings.add(Finding.of(diagnostic));
            }
        }
        FindingsReport report = new FindingsReport(fileNames, sorted(findings));
        if (json) {
            report.printJson(environment);
        } else {
            report.printText(environment);
        }
        return report.hasErrors() ? ExitCode.INVALID : ExitCode.OK;
    }

    private static List<Finding> sorted(List<Finding> findings) {
        List<Finding> copy = new ArrayList<>(findings);
        copy.sort(java.util.Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
                .thenComparingInt(Finding::column));
        return copy;
    }
}
