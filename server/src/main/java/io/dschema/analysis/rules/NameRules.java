package io.dschema.analysis.rules;

import io.dschema.analysis.Rule;
import java.util.List;

/** The rules on names and references (DS1xxx). Every rule is stateless: lookups live inside one check. */
public final class NameRules {

    public static final List<Rule> ALL = List.of(
            new DuplicateTables(),
            new DuplicateColumns(),
            new DuplicateIndexes(),
            new NameClash(),
            new ReservedNames(),
            new DuplicateCheckNames(),
            new UnknownForeignKeyTarget(),
            new UnknownColumns(),
            new ForeignKeyArity(),
            new ForeignKeyTargetNotUnique(),
            new ForeignKeyTargetWithoutKey(),
            new DuplicateRenameHints(),
            new RenameHintToItself(),
            new CheckNamesOtherTable(),
            new DefaultNamesColumn(),
            new GeneratedRefersToItself());

    private NameRules() {
    }
}
