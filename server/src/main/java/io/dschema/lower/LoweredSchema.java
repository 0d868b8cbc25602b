package io.dschema.lower;

import io.dschema.analysis.Diagnostic;
import io.dschema.model.Schema;
import java.util.List;

/** All files of a schema lowered into one {@link Schema}, with their syntax and lowering diagnostics. */
public record LoweredSchema(Schema schema, List<Diagnostic> diagnostics) {
}
