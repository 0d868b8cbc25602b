package io.dschema.config;

import java.nio.file.Path;

/**
 * Where a setting came from: a key of a config file (with its 1-based line and column, 0 when not
 * known) or a command-line flag ({@code file} null, {@code key} the flag such as {@code --url}).
 * Problems and schema entries carry it so that every message can point back at its source.
 */
public record Origin(Path file, String key, int line, int column) {

    /** A setting given by a command-line flag. */
    public static Origin flag(String flag) {
        return new Origin(null, flag, 0, 0);
    }

    /** A setting that nobody wrote: a default, reported against the folder it was derived from. */
    public static Origin defaultFor(String key, Path folder) {
        return new Origin(folder, key, 0, 0);
    }

    public boolean isFlag() {
        return file == null;
    }
}
