package io.dschema.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's testdata folder, from the build's system property or relative to the module. */
final class TestData {

    private TestData() {
    }

    static Path root() {
        String configured = System.getProperty("dschema.testdata");
        Path path = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("../testdata");
        if (!Files.isDirectory(path)) {
            path = Path.of("testdata");
        }
        return path.toAbsolutePath().normalize();
    }
}
