package io.dschema.lower;

/** A schema file's path (as it should appear in diagnostics) and its text. */
public record SourceFile(String path, String text) {
}
