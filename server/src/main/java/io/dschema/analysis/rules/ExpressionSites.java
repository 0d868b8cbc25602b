package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.model.Check;
import io.dschema.model.Column;
import io.dschema.model.Expr;
import io.dschema.model.Expression;
import io.dschema.model.Index;
import io.dschema.model.IndexPart;
import io.dschema.model.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The schema expressions of one table, each with the place it stands in, and the nodes of its tree
 * that rules look at (function calls, column references, collations, parameters, subqueries, clock
 * literals), found in one walk for every rule instead of one walk per rule. An expression with none
 * of them (a literal default, {@code 0.5 * 2}) has no site: no rule has anything to say about it.
 * Built once per table: see {@link #of}.
 */
final class ExpressionSites {

    private static final AnalysisContext.Shared<Table, ExpressionSites> SHARED =
            AnalysisContext.Shared.perTable((context, table) -> new ExpressionSites(table));

    /** Where a schema expression stands; SQLite allows different things in different places. */
    enum Place { DEFAULT, GENERATED, CHECK, INDEX_EXPRESSION, INDEX_WHERE, KEY_EXPRESSION }

    /**
     * One schema expression of a table, with what holds it.
     *
     * @param column the column of a DEFAULT or GENERATED expression, else null
     * @param check the check of a CHECK expression, else null
     * @param index the index of an INDEX_EXPRESSION or INDEX_WHERE, else null
     * @param nodes the nodes of the expression's tree that rules look at, parents before children,
     *     in source order (see {@link #collect}); never empty: sites without such nodes are left out,
     *     and so are those whose tree a syntax error cut off.
     *     An array, as {@link ExpressionSites#of} returns, so that the loops of a dozen rules over
     *     thousands of them need no iterator; never changed.
     */
    record Site(Table table, Place place, Column column, Check check, Index index, Expression expression,
                Expr[] nodes) {

        /** What holds the expression, for messages: "the default of column users.age", "index users_lower". */
        String owner() {
            return switch (place) {
                case DEFAULT -> "the default of column " + ConstraintRules.qualified(table, column);
                case GENERATED -> "generated column " + ConstraintRules.qualified(table, column);
                case CHECK -> checkOwner(table, check);
                case INDEX_EXPRESSION -> ConstraintRules.indexOwner(index);
                case INDEX_WHERE -> "the where of " + ConstraintRules.indexOwner(index);
                case KEY_EXPRESSION -> "the primary key of table " + table.name();
            };
        }
    }

    private static final Expr[] NO_NODES = {};
    private static final Site[] NO_SITES = {};

    private final Site[] sites;

    /**
     * Every expression of the table (with a node some rule looks at), in this order: column
     * defaults and generated columns (column by column), checks, index expressions and each
     * index's partial condition, key expressions.
     *
     * <p>This is where the analysis first reads the expressions from memory. In a model just
     * lowered they lie scattered among what the parser left, so they are read in steps, each a
     * small loop whose reads from memory overlap (see {@link TableColumns}): where the expressions
     * stand, then their trees' roots, then the trees. A literal root (most defaults) needs no walk.
     */
    private ExpressionSites(Table table) {
        Pending pending = new Pending();
        for (Column column : table.columns()) {
            if (column.defaultValue() != null) {
                pending.add(Place.DEFAULT, column, column.defaultValue().expression());
            }
            if (column.generated() != null) {
                pending.add(Place.GENERATED, column, column.generated().expression());
            }
        }
        for (Check check : table.checks()) {
            pending.add(Place.CHECK, check, check.expression());
        }
        for (Index index : table.indexes()) {
            for (IndexPart part : index.parts()) {
                pending.add(Place.INDEX_EXPRESSION, index, part.expression());
            }
            pending.add(Place.INDEX_WHERE, index, index.where());
        }
        if (table.primaryKey() != null) {
            for (IndexPart part : table.primaryKey().columns()) {
                pending.add(Place.KEY_EXPRESSION, null, part.expression());
            }
        }
        int size = pending.size;
        Expr[] trees = new Expr[size];
        for (int i = 0; i < size; i++) {
            trees[i] = pending.expressions[i].tree();
        }
        boolean[] literal = new boolean[size];
        for (int i = 0; i < size; i++) {
            literal[i] = trees[i] instanceof Expr.Literal;
        }
        List<Site> found = new ArrayList<>();
        List<Expr> nodes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (trees[i] == null || literal[i] && !clock((Expr.Literal) trees[i])) {
                continue; // cut off by a syntax error; a literal that no rule looks at
            }
            nodes.clear();
            collect(trees[i], nodes);
            if (!nodes.isEmpty()) {
                Place place = pending.places[i];
                Object owner = pending.owners[i];
                found.add(new Site(table, place,
                        place == Place.DEFAULT || place == Place.GENERATED ? (Column) owner : null,
                        place == Place.CHECK ? (Check) owner : null,
                        place == Place.INDEX_EXPRESSION || place == Place.INDEX_WHERE ? (Index) owner : null,
                        pending.expressions[i], nodes.toArray(NO_NODES)));
            }
        }
        sites = found.isEmpty() ? NO_SITES : found.toArray(NO_SITES);
    }

    /** The expressions of a table with where they stand, before their trees are read. */
    private static final class Pending {
        Place[] places = new Place[32];
        Object[] owners = new Object[32];
        Expression[] expressions = new Expression[32];
        int size;

        /** Keeps an expression that is there, with its column, check or index. */
        void add(Place place, Object owner, Expression expression) {
            if (expression == null) {
                return;
            }
            if (size == places.length) {
                places = Arrays.copyOf(places, size * 2);
                owners = Arrays.copyOf(owners, size * 2);
                expressions = Arrays.copyOf(expressions, size * 2);
            }
            places[size] = place;
            owners[size] = owner;
            expressions[size] = expression;
            size++;
        }
    }

    /** The sites of a table, computed once per analysis; never changed. */
    static Site[] of(AnalysisContext context, Table table) {
        return context.shared(SHARED, table).sites;
    }

    /** The notable nodes of one of the table's expressions; none for a missing expression or tree. */
    static Expr[] nodes(AnalysisContext context, Table table, Expression expression) {
        if (expression == null) {
            return NO_NODES;
        }
        for (Site site : of(context, table)) {
            if (site.expression() == expression) {
                return site.nodes();
            }
        }
        return NO_NODES;
    }

    /**
     * Walks the tree as {@link io.dschema.model.Exprs#walk} does (parents first, children in
     * {@link Expr#children()} order, null operands skipped), without a list per node, and keeps the
     * nodes some rule looks at: function calls, column references, collations, parameters,
     * {@code raise()}, subqueries, {@code in TABLE}, and the clock literals ({@code current_time},
     * {@code current_date}, {@code current_timestamp}). Operators, other literals and parentheses
     * are only walked through.
     */
    private static void collect(Expr expr, List<Expr> nodes) {
        if (expr == null) {
            return;
        }
        if (expr instanceof Expr.Literal literal) {
            if (clock(literal)) {
                nodes.add(literal);
            }
        } else if (expr instanceof Expr.ColumnRef) {
            nodes.add(expr);
        } else if (expr instanceof Expr.Binary binary) {
            collect(binary.left(), nodes);
            collect(binary.right(), nodes);
        } else if (expr instanceof Expr.FunctionCall call) {
            nodes.add(call);
            collectAll(call.arguments(), nodes);
        } else if (expr instanceof Expr.Parens parens) {
            collectAll(parens.items(), nodes);
        } else if (expr instanceof Expr.Unary unary) {
            collect(unary.operand(), nodes);
        } else if (expr instanceof Expr.Collate collate) {
            nodes.add(collate);
            collect(collate.operand(), nodes);
        } else if (expr instanceof Expr.Cast cast) {
            collect(cast.operand(), nodes);
        } else if (expr instanceof Expr.NullTest test) {
            collect(test.operand(), nodes);
        } else if (expr instanceof Expr.Like like) {
            collect(like.operand(), nodes);
            collect(like.pattern(), nodes);
            collect(like.escape(), nodes);
        } else if (expr instanceof Expr.Between between) {
            collect(between.operand(), nodes);
            collect(between.low(), nodes);
            collect(between.high(), nodes);
        } else if (expr instanceof Expr.In in) {
            if (in.table() != null) {
                nodes.add(in);
            }
            collect(in.operand(), nodes);
            collectAll(in.values(), nodes);
        } else if (expr instanceof Expr.Case caseExpr) {
            collect(caseExpr.operand(), nodes);
            for (Expr.When when : caseExpr.whens()) {
                collect(when.condition(), nodes);
                collect(when.result(), nodes);
            }
            collect(caseExpr.otherwise(), nodes);
        } else if (expr instanceof Expr.Parameter || expr instanceof Expr.Raise || expr instanceof Expr.Subquery) {
            nodes.add(expr);
        } else {
            collectAll(expr.children(), nodes); // a kind of node added to the model later
        }
    }

    /** {@code current_time}, {@code current_date}, {@code current_timestamp}. */
    private static boolean clock(Expr.Literal literal) {
        return switch (literal.kind()) {
            case CURRENT_TIME, CURRENT_DATE, CURRENT_TIMESTAMP -> true;
            default -> false;
        };
    }

    private static void collectAll(List<Expr> children, List<Expr> nodes) {
        for (int i = 0; i < children.size(); i++) {
            collect(children.get(i), nodes);
        }
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
