package io.dschema.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the test data lives and how golden files are compared or rewritten.
 *
 * <p>The folder is the system property {@code dschema.testdata} (set by the root pom), else
 * {@code ../testdata} relative to the module. With {@code -Ddschema.update=true} every golden is
 * rewritten from what the code produces instead of compared; review the rewrite in the diff.
 */
final class Goldens {

    private Goldens() {
    }

    static Path testdata() {
        String configured = System.getProperty("dschema.testdata");
        Path dir = configured == null || configured.isBlank() || configured.contains("${")
                ? Paths.get("..", "testdata")
                : Paths.get(configured);
        assertTrue(Files.isDirectory(dir), "no testdata folder at " + dir.toAbsolutePath());
        return dir;
    }

    static boolean updating() {
        return Boolean.parseBoolean(System.getProperty("dschema.update", "false"));
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files in {@code dir} whose names end with {@code suffix}, sorted by name. */
    static List<Path> list(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code file} with its suffix {@code from} replaced by {@code to}. */
    static Path sibling(Path file, String from, String to) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - from.length()) + to);
    }

    /** Compares {@code actual} with the golden file, or rewrites the golden in update mode. */
    static void check(Path golden, String actual) {
        if (updating()) {
            if (!Files.exists(golden) || !read(golden).equals(actual)) {
                write(golden, actual);
            }
            return;
        }
        if (!Files.exists(golden)) {
            fail("missing golden " + golden + "; run the tests with -Ddschema.update=true to create it");
        }
        assertEquals(normalize(read(golden)), actual,
                () -> golden + " differs; if the change is intended, rerun with -Ddschema.update=true and review the diff");
    }

    /** Golden files checked out on Windows may have CRLF line ends. */
    private static String normalize(String text) {
        return text.replace("\r\n", "\n");
    }
}
