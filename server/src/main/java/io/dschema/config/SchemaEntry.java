package io.dschema.config;

import java.nio.file.Path;

/**
 * One item of {@code schema} (or of {@code --schema}): a file, a folder or a glob, as written, with
 * the folder it is relative to and where it was written, so a path that matches nothing can be
 * reported against the right key and position. {@code implicit} marks the default that nobody
 * wrote (the {@code *.dschema} files of a folder): loading does not require it to match, only a
 * command that needs a schema does, through {@link SchemaFiles#resolve}.
 */
public record SchemaEntry(String text, Path baseDir, Origin origin, boolean implicit) {

    /** Whether {@code text} is a glob rather than a plain path. */
    public boolean isGlob() {
        return PathGlob.isGlob(text);
    }

    /** The plain path, absolute (meaningless for a glob). */
    public Path path() {
        return baseDir.resolve(text).toAbsolutePath().normalize();
    }
}
