package io.dschema.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/** What a command reads from outside: the current folder, the environment, where to print. Injected so tests run in process. */
record Environment(Path cwd, Map<String, String> variables, PrintWriter out, PrintWriter err) {

    String display(Path file) {
        return DisplayPaths.of(file, cwd);
    }
}
