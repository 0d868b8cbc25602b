package io.dschema.sqlite;

import io.dschema.model.Schema;
import java.util.List;

/**
 * What {@link Inspector} read from a database: the schema in the same records lowering gives, and
 * the objects it could not read (each left out of {@code schema}, so the caller can refuse to plan
 * against a baseline it does not fully know).
 */
public record Inspection(Schema schema, List<InspectionProblem> problems) {

    public Inspection {
        problems = List.copyOf(problems);
    }
}
