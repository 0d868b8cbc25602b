package io.dschema.analysis.rules;

import io.dschema.analysis.Rule;
import java.util.List;

/** The rules on types, constraints and expressions (DS2xxx). */
public final class ConstraintRules {

    public static final List<Rule> ALL = List.of();

    private ConstraintRules() {
    }
}
