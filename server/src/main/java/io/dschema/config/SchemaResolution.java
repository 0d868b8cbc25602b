package io.dschema.config;

import java.nio.file.Path;
import java.util.List;

/** The schema files that {@code schema} names, sorted and without duplicates, and what was missing. */
public record SchemaResolution(List<Path> files, List<ConfigProblem> problems) {

    public SchemaResolution {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }
}
