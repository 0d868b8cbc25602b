package io.dschema.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A throwaway project folder for tests: write files by relative path, load the config from it. */
final class Project {

    static final Map<String, String> ENV = Map.of(
            "TURSO_AUTH_TOKEN", "tok-SECRET-123",
            "TURSO_DATABASE_URL", "libsql://env-db.turso.io");

    final Path root;

    Project(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path write(String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path dir(String relative) {
        try {
            return Files.createDirectories(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path(String relative) {
        return root.resolve(relative).normalize();
    }

    /** Loads as the command line would with the current folder {@code cwd} (relative to the root). */
    ConfigResult load(String cwd, Overrides flags) {
        return ConfigLoader.load(flags, path(cwd), ENV);
    }

    ConfigResult load(Overrides flags) {
        return load(".", flags);
    }

    /** Writes dschema.json at the root and loads it. */
    ConfigResult config(String json) {
        write("dschema.json", json);
        return load(Overrides.none());
    }

    static String messages(ConfigResult result) {
        return String.join("\n", result.problems().stream().map(ConfigProblem::format).toList());
    }

    static ConfigProblem only(ConfigResult result) {
        List<ConfigProblem> problems = result.problems();
        if (problems.size() != 1) {
            throw new AssertionError("expected one problem, got:\n" + messages(result));
        }
        return problems.get(0);
    }
}
