package io.dschema.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the nearest {@code dschema.json}: in {@code start}, then each parent folder, up to and
 * including {@code stopAt} (the editor's workspace folder) when {@code start} lies inside it,
 * else up to the file system's root. Stopping at the workspace keeps a stray dschema.json in a home
 * folder from configuring every project below it.
 */
public final class ConfigDiscovery {

    public static final String FILE_NAME = "dschema.json";

    private ConfigDiscovery() {
    }

    public static Optional<Path> find(Path start, Path stopAt) {
        Path dir = start.toAbsolutePath().normalize();
        Path stop = stopAt == null ? null : stopAt.toAbsolutePath().normalize();
        if (stop != null && !dir.startsWith(stop)) {
            stop = null; // outside the workspace: the workspace says nothing about this file
        }
        while (dir != null) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            if (dir.equals(stop)) {
                break;
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }
}
