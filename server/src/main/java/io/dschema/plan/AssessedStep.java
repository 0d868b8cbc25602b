package io.dschema.plan;

import java.util.List;

/**
 * A step with its risk as counted on the live database (or, with no database, as it may be).
 *
 * @param kind the greatest of the step's base kind and its hazards that counted rows
 * @param reasons one line per hazard that counted rows, its count filled in; for a base kind that is
 *                not SAFE, its reason first
 * @param counts the count of each hazard in {@link Step#hazards()}, in order; -1 where none was taken
 */
public record AssessedStep(Step step, RiskKind kind, List<String> reasons, List<Long> counts) {

    public AssessedStep {
        reasons = List.copyOf(reasons);
        counts = List.copyOf(counts);
    }
}
