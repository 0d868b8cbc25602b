package io.dschema.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs the command line in process, in a given folder, and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun in(Path cwd, String... args) {
        return in(cwd, Map.of(), args);
    }

    static CliRun in(Path cwd, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment environment = new Environment(cwd, env, new PrintWriter(out, true), new PrintWriter(err, true));
        int code = Main.run(environment, args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Both streams, as a user at a terminal sees them (out first). */
    String all() {
        return out + err;
    }
}
