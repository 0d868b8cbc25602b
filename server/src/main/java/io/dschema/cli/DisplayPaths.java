package io.dschema.cli;

import java.nio.file.Path;

/** Paths as the user sees them: relative to the current folder when inside it, absolute otherwise. */
final class DisplayPaths {

    private DisplayPaths() {
    }

    static String of(Path file, Path cwd) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = cwd.toAbsolutePath().normalize();
        return absolute.startsWith(base) && !absolute.equals(base)
                ? base.relativize(absolute).toString()
                : absolute.toString();
    }
}
