package io.dschema.analysis;

import io.dschema.analysis.rules.DuplicateColumns;
import io.dschema.analysis.rules.DuplicateTables;
import io.dschema.analysis.rules.UnknownForeignKeyTarget;
import java.util.List;

/** Every semantic rule, in the order they run. One class per rule, under {@code analysis.rules}. */
public final class Rules {

    public static final List<Rule> ALL = List.of(
            new DuplicateTables(),
            new DuplicateColumns(),
            new UnknownForeignKeyTarget());

    private Rules() {
    }
}
