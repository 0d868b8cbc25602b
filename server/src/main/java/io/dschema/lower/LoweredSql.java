package io.dschema.lower;

import io.dschema.analysis.Diagnostic;
import java.util.List;

/** A CREATE statement read from a database: the object, or null with the reasons it could not be read. */
public record LoweredSql<T>(T value, List<Diagnostic> diagnostics) {
}
