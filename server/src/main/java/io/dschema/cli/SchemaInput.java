package io.dschema.cli;

import io.dschema.analysis.Analyzer;
import io.dschema.analysis.Diagnostic;
import io.dschema.config.ConfigResult;
import io.dschema.config.DschemaConfig;
import io.dschema.config.SchemaResolution;
import io.dschema.lower.LoweredSchema;
import io.dschema.lower.SchemaReader;
import io.dschema.model.Schema;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The config and the schema a command works on, read and checked the one way every command does:
 * config problems, unreadable or missing schema files, syntax and semantic diagnostics, all as
 * findings. {@code schema} is null when the config could not be loaded.
 */
record SchemaInput(DschemaConfig config, Schema schema, List<String> files, List<Finding> findings) {

    static SchemaInput read(ConfigOptions options, Environment environment) {
        return read(options.load(environment), environment);
    }

    /** With the config already loaded (push reads the database while the schema is parsed). */
    static SchemaInput read(ConfigResult loaded, Environment environment) {
        List<Finding> findings = new ArrayList<>();
        loaded.problems().forEach(problem -> findings.add(Finding.of(problem, environment::display)));
        List<String> fileNames = new ArrayList<>();
        DschemaConfig config = loaded.config();
        Schema schema = null;
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
            schema = lowered.schema();
        }
        findings.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
                .thenComparingInt(Finding::column));
        return new SchemaInput(config, schema, fileNames, findings);
    }

    boolean hasErrors() {
        return config == null || findings.stream().anyMatch(Finding::isError);
    }

    FindingsReport report() {
        return new FindingsReport(files, findings);
    }
}
