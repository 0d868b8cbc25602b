package io.dschema.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One problem found while loading the configuration. {@code file} is the config file (or the folder
 * a default was derived from; null for a command-line flag), {@code key} a JSON path such as
 * {@code dbCredentials.url} or {@code schema[1]} (or the flag, e.g. {@code --url}), {@code line} and
 * {@code column} 1-based, 0 when not known. {@code message} is a full sentence that names the key,
 * says what is wrong and how to fix it; it never contains the value of {@code authToken}.
 */
public record ConfigProblem(Path file, int line, int column, String key, ConfigCode code,
                            Severity severity, String message) {

    public enum Severity {
        ERROR, WARNING;

        String label() {
            return this == ERROR ? "error" : "warning";
        }
    }

    public ConfigProblem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    static ConfigProblem error(Origin at, ConfigCode code, String message) {
        return new ConfigProblem(at.file(), at.line(), at.column(), at.key(), code, Severity.ERROR, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The problem as the command line prints it: {@code path:line:col: error[DS0902]: message}
     * (the contract's diagnostic shape). Without a position the {@code :line:col} part is left out;
     * a flag's problem is printed against {@code dschema}.
     */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(file == null ? "dschema" : file.toString());
        if (line > 0) {
            out.append(':').append(line).append(':').append(Math.max(column, 1));
        }
        out.append(": ").append(severity.label()).append('[').append(code.id()).append("]: ").append(message);
        return out.toString();
    }
}
