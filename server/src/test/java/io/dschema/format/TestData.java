package io.dschema.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the shared test data lives, and the files there. */
final class TestData {

    private TestData() {
    }

    /** System property {@code dschema.testdata} (set by the build), else ../testdata from the module. */
    static Path root() {
        String configured = System.getProperty("dschema.testdata");
        Path root = configured == null || configured.isBlank() ? Path.of("..", "testdata") : Path.of(configured);
        return root.toAbsolutePath().normalize();
    }

    static boolean updating() {
        return Boolean.getBoolean("dschema.update");
    }

    /** Every .dschema file under the folder, in a stable order (new files are picked up as they come). */
    static List<Path> schemaFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(path -> path.getFileName().toString().endsWith(".dschema"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
