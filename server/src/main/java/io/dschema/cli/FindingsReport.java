package io.dschema.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * Prints findings as text lines or as the documented JSON shape (docs/cli.md):
 * {@code {"files": [...], "diagnostics": [{file, line, column, endLine, endColumn, severity, code, message}],
 * "errors": n, "warnings": n}}.
 */
final class FindingsReport {

    private final List<String> files;
    private final List<Finding> findings;

    FindingsReport(List<String> files, List<Finding> findings) {
        this.files = List.copyOf(files);
        this.findings = List.copyOf(findings);
    }

    boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    void printText(Environment environment) {
        for (Finding finding : findings) {
            (finding.isError() ? environment.err() : environment.out()).println(finding.format());
        }
        long errors = findings.stream().filter(Finding::isError).count();
        long warnings = findings.size() - errors;
        if (errors > 0 || warnings > 0) {
            environment.err().println(count(errors, "error") + ", " + count(warnings, "warning") + " in "
                    + count(files.size(), "file"));
        }
    }

    void printJson(Environment environment) {
        JsonObject root = new JsonObject();
        JsonArray fileArray = new JsonArray();
        files.forEach(fileArray::add);
        root.add("files", fileArray);
        JsonArray diagnostics = new JsonArray();
        for (Finding finding : findings) {
            JsonObject item = new JsonObject();
            item.addProperty("file", finding.file());
            item.addProperty("line", finding.line());
            item.addProperty("column", finding.column());
            item.addProperty("endLine", finding.endLine());
            item.addProperty("endColumn", finding.endColumn());
            item.addProperty("severity", finding.severity());
            item.addProperty("code", finding.code());
            item.addProperty("message", finding.message());
            diagnostics.add(item);
        }
        root.add("diagnostics", diagnostics);
        long errors = findings.stream().filter(Finding::isError).count();
        root.addProperty("errors", errors);
        root.addProperty("warnings", findings.size() - errors);
        environment.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
