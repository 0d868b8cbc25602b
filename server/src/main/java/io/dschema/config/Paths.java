package io.dschema.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Resolving a user's path text without letting a bad character (a NUL in a JSON string) throw. */
final class Paths {

    private Paths() {
    }

    /** {@code text} against {@code base}, absolute and normalized, or why it is not a path. */
    static Checked<Path> resolve(Path base, String text) {
        try {
            return Checked.ok(base.resolve(text).toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            return Checked.fail(Values.quote(text) + " is not a valid path (" + e.getReason() + ")");
        }
    }
}
