package io.dschema.config;

import java.util.List;

/**
 * What loading returns instead of throwing: the configuration, or null when any error was found,
 * and every problem found (all of them, not only the first), sorted by file and position.
 */
public record ConfigResult(DschemaConfig config, List<ConfigProblem> problems) {

    public ConfigResult {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(ConfigProblem::isError);
    }

    public List<ConfigProblem> errors() {
        return problems.stream().filter(ConfigProblem::isError).toList();
    }

    /** The exit code the command line uses for this result (contract: 1 is invalid input). */
    public int exitCode() {
        return hasErrors() ? 1 : 0;
    }
}
