package io.dschema.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command reads from outside: the current folder, the environment, where to print, and the
 * person at the terminal ({@code terminal} null when there is none: a pipe, CI, an editor). Injected
 * so tests run in process.
 */
record Environment(Path cwd, Map<String, String> variables, PrintWriter out, PrintWriter err, Terminal terminal) {

    Environment(Path cwd, Map<String, String> variables, PrintWriter out, PrintWriter err) {
        this(cwd, variables, out, err, null);
    }

    String display(Path file) {
        return DisplayPaths.of(file, cwd);
    }
}
