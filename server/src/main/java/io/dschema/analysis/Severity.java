package io.dschema.analysis;

/** How bad a diagnostic is; only errors make {@code dschema check} exit 1. */
public enum Severity {
    ERROR, WARNING, INFORMATION, HINT;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
