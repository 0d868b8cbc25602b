package io.dschema.migrate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A golden case file: sections headed by {@code -- name --} lines (ARCHITECTURE.md, "Testing").
 * Expected sections are rewritten in place with {@code -Ddschema.update=true}.
 */
final class CaseFile {

    private final Path path;
    private final Map<String, String> sections;

    private CaseFile(Path path, Map<String, String> sections) {
        this.path = path;
        this.sections = sections;
    }

    static CaseFile read(Path path) {
        Map<String, String> sections = new LinkedHashMap<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : text(path).split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --") && line.length() > 6) {
                if (name != null) {
                    sections.put(name, body.toString());
                }
                name = line.substring(3, line.length() - 3).trim();
                body.setLength(0);
            } else if (name != null) {
                body.append(line).append('\n');
            }
        }
        if (name != null) {
            sections.put(name, body.toString());
        }
        return new CaseFile(path, sections);
    }

    static List<Path> all(Path folder, String extension) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name() {
        return path.getFileName().toString();
    }

    /** The section's text without trailing blank lines, or null when absent. */
    String section(String name) {
        String body = sections.get(name);
        return body == null ? null : body.stripTrailing();
    }

    boolean updating() {
        return Boolean.getBoolean("dschema.update");
    }

    /** Sets a section (appended when new) and writes the file. */
    void rewrite(String name, String body) {
        sections.put(name, body.stripTrailing());
        StringBuilder out = new StringBuilder();
        sections.forEach((key, value) -> out.append("-- ").append(key).append(" --\n")
                .append(value.stripTrailing()).append(value.isBlank() ? "" : "\n").append('\n'));
        try {
            Files.writeString(path, out.toString().stripTrailing() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path path) {
        try {
            return Files.readString(path).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
