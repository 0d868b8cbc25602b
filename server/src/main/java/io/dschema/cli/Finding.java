package io.dschema.cli;

import io.dschema.analysis.Diagnostic;
import io.dschema.config.ConfigProblem;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * One line of a command's report, whatever found it (a config problem, a schema diagnostic):
 * printed as {@code path:line:col: severity[DSxxxx]: message}, or as a JSON object.
 * Lines and columns are 1-based code points; 0 when unknown.
 */
record Finding(String file, int line, int column, int endLine, int endColumn, String severity, String code,
               String message) {

    static Finding of(Diagnostic diagnostic) {
        var range = diagnostic.range();
        return new Finding(range.file(), range.line(), range.column(), range.endLine(), range.endColumn(),
                diagnostic.severity().label(), diagnostic.code().id(), diagnostic.message());
    }

    static Finding of(ConfigProblem problem, Function<Path, String> displayPath) {
        String file = problem.file() == null ? "dschema" : displayPath.apply(problem.file());
        return new Finding(file, problem.line(), problem.column(), problem.line(), problem.column(),
                problem.isError() ? "error" : "warning", problem.code().id(), problem.message());
    }

    boolean isError() {
        return severity.equals("error");
    }

    String format() {
        String position = line > 0 ? ":" + line + ":" + Math.max(column, 1) : "";
        return file + position + ": " + severity + "[" + code + "]: " + message;
    }
}
