package io.dschema.analysis.rules;

import io.dschema.analysis.Rule;
import io.dschema.model.Check;
import io.dschema.model.Column;
import io.dschema.model.Expr;
import io.dschema.model.Expression;
import io.dschema.model.Index;
import io.dschema.model.IndexPart;
import io.dschema.model.Table;
import java.util.List;
import java.util.function.Consumer;

/**
 * The rules on types, constraints and expressions (DS2xxx), and what several of them share: the
 * schema expressions of a table, each with the place it stands in.
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

    /** Where a schema expression stands; SQLite allows different things in different places. */
    enum Place { DEFAULT, GENERATED, CHECK, INDEX_EXPRESSION, INDEX_WHERE, KEY_EXPRESSION }

    /**
     * One schema expression of a table, with what holds it.
     *
     * @param column the column of a DEFAULT or GENERATED expression, else null
     * @param check the check of a CHECK expression, else null
     * @param index the index of an INDEX_EXPRESSION or INDEX_WHERE, else null
     * @param tree the expression's tree, never null (sites whose tree a syntax error cut off are skipped)
     */
    record Site(Table table, Place place, Column column, Check check, Index index, Expression expression, Expr tree) {

        /** What holds the expression, for messages: "the default of column users.age", "index users_lower". */
        String owner() {
            return switch (place) {
                case DEFAULT -> "the default of column " + qualified(table, column);
                case GENERATED -> "generated column " + qualified(table, column);
                case CHECK -> checkOwner(table, check);
                case INDEX_EXPRESSION -> indexOwner(index);
                case INDEX_WHERE -> "the where of " + indexOwner(index);
                case KEY_EXPRESSION -> "the primary key of table " + table.name();
            };
        }
    }

    /**
     * Calls {@code action} for every expression of the table: column defaults, generated columns,
     * checks, index and key expressions, partial index conditions. Null-safe: an expression a
     * syntax error cut short has no tree and is skipped.
     */
    static void forEachExpression(Table table, Consumer<Site> action) {
        for (Column column : table.columns()) {
            if (column.defaultValue() != null) {
                site(table, Place.DEFAULT, column, null, null, column.defaultValue().expression(), action);
            }
            if (column.generated() != null) {
                site(table, Place.GENERATED, column, null, null, column.generated().expression(), action);
            }
        }
        for (Check check : table.checks()) {
            site(table, Place.CHECK, null, check, null, check.expression(), action);
        }
        for (Index index : table.indexes()) {
            for (IndexPart part : index.parts()) {
                site(table, Place.INDEX_EXPRESSION, null, null, index, part.expression(), action);
            }
            site(table, Place.INDEX_WHERE, null, null, index, index.where(), action);
        }
        if (table.primaryKey() != null) {
            for (IndexPart part : table.primaryKey().columns()) {
                site(table, Place.KEY_EXPRESSION, null, null, null, part.expression(), action);
            }
        }
    }

    private static void site(Table table, Place place, Column column, Check check, Index index, Expression expression,
                             Consumer<Site> action) {
        if (expression != null && expression.tree() != null) {
            action.accept(new Site(table, place, column, check, index, expression, expression.tree()));
        }
    }

    /** {@code users.email}: how the rules name a column in a message. */
    static String qualified(Table table, Column column) {
        return table.name() + "." + column.name();
    }

    /** "index users_lower" or "unique constraint users_a_b_unique". */
    static String indexOwner(Index index) {
        return (index.origin() == Index.Origin.INDEX ? "index " : "unique constraint ") + index.name();
    }

    private static String checkOwner(Table table, Check check) {
        if (check.name() != null && !check.name().isEmpty()) {
            return "check " + check.name() + " of table " + table.name();
        }
        if (check.column() != null) {
            return "the check on column " + table.name() + "." + check.column();
        }
        return "a check of table " + table.name();
    }
}
