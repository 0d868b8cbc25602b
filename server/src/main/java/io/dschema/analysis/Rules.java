package io.dschema.analysis;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every semantic rule, in the order they run. One class per rule, under {@code analysis.rules};
 * grouped as the codes are: names and references (DS1xxx), types, constraints and expressions (DS2xxx).
 */
public final class Rules {

    public static final List<Rule> ALL = Stream.concat(
            io.dschema.analysis.rules.NameRules.ALL.stream(),
            io.dschema.analysis.rules.ConstraintRules.ALL.stream()).toList();

    private Rules() {
    }
}
