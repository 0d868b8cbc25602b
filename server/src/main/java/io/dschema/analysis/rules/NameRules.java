package io.dschema.analysis.rules;

import io.dschema.analysis.Rule;
import java.util.List;

/** The rules on names and references (DS1xxx). */
public final class NameRules {

    public static final List<Rule> ALL = List.of(
            new DuplicateTables(),
            new DuplicateColumns(),
            new UnknownForeignKeyTarget());

    private NameRules() {
    }
}
