package io.dschema.analysis.rules;

import io.dschema.analysis.Rule;
import io.dschema.model.Column;
import io.dschema.model.Index;
import io.dschema.model.Table;
import java.util.List;

/**
 * The rules on types, constraints and expressions (DS2xxx), and the words several of them share.
 * The schema expressions of a table, each with the place it stands in, are {@link ExpressionSites}.
 * (DS2002, two primary keys, is reported by lowering: the model holds one key per table.)
 */
public final class ConstraintRules {

    public static final List<Rule> ALL = List.of(
            new AutoincrementNotRowidAlias(),
            new WithoutRowidWithoutPrimaryKey(),
            new StrictTypeNotAllowed(),
            new StrictColumnWithoutType(),
            new ColumnWithoutType(),
            new SurprisingAffinity(),
            new NullablePrimaryKey(),
            new CustomCollation(),
            new AggregateInExpression(),
            new WindowFunctionInExpression(),
            new SubqueryInExpression(),
            new NonDeterministicInIndex(),
            new GeneratedColumnMisuse(),
            new SuspiciousTypeName(),
            new ParameterInExpression());

    private ConstraintRules() {
    }

    /** {@code users.email}: how the rules name a column in a message. */
    static String qualified(Table table, Column column) {
        return table.name() + "." + column.name();
    }

    /** "index users_lower" or "unique constraint users_a_b_unique". */
    static String indexOwner(Index index) {
        return (index.origin() == Index.Origin.INDEX ? "index " : "unique constraint ") + index.name();
    }
}
