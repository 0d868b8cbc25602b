package io.dschema.lower;

import io.dschema.analysis.Diagnostic;
import io.dschema.model.Table;
import java.util.List;

/** The tables of one file, and the syntax and lowering diagnostics found in it. */
public record LoweredFile(String path, List<Table> tables, List<Diagnostic> diagnostics) {
}
