package io.dschema.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.SchemaFixture;
import io.dschema.model.Check;
import io.dschema.model.Column;
import io.dschema.model.Expr;
import io.dschema.model.Expression;
import io.dschema.model.Exprs;
import io.dschema.model.Index;
import io.dschema.model.IndexPart;
import io.dschema.model.Schema;
import io.dschema.model.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one walk the expression rules share finds, for each expression of a table, the nodes they
 * look at as {@link Exprs#walk} visits them, and the expressions in the order the rules used to
 * visit them one by one.
 */
class ExpressionSitesTest {

    @Test
    void nodesAreThoseOfExprsWalkInItsOrder() {
        Schema schema = SchemaFixture.schema("""
                table t {
                  id integer primary key
                  a text default (lower(x) collate nocase)
                  b integer default 0
                  c integer check (case when a like 'x%' escape '!' then cast(b as real) between 1 and ? else -abs(c) end > 0)
                  d integer as (coalesce(a, b, (c, d)) in (1, 2) or d not in t or d isnull or exists (select 1))
                  e text default current_timestamp
                  check (raise(ignore) or current_date > date('now') or count(*) filter (where id > 0) over () > 0)

                  index i on (lower(a), b desc) where e is not null and max(a, b) > 0
                }
                """);
        Table table = schema.tables().get(0);
        List<String> walked = new ArrayList<>();
        for (ExpressionSites.Site site : ExpressionSites.of(new AnalysisContext(schema), table)) {
            walked.add(site.place() + ": " + Arrays.stream(site.nodes()).map(ExpressionSitesTest::show).toList());
        }
        assertEquals(expected(table), walked);
        assertEquals(7, walked.size(), walked.toString()); // a, d, e (a clock), two checks, lower(a), the where
    }

    /** What the rules found walking each expression with {@link Exprs#walk}, in their order; none for those without such nodes. */
    private static List<String> expected(Table table) {
        List<String> sites = new ArrayList<>();
        for (Column column : table.columns()) {
            if (column.defaultValue() != null) {
                add(sites, "DEFAULT", column.defaultValue().expression());
            }
            if (column.generated() != null) {
                add(sites, "GENERATED", column.generated().expression());
            }
        }
        for (Check check : table.checks()) {
            add(sites, "CHECK", check.expression());
        }
        for (Index index : table.indexes()) {
            for (IndexPart part : index.parts()) {
                add(sites, "INDEX_EXPRESSION", part.expression());
            }
            add(sites, "INDEX_WHERE", index.where());
        }
        return sites;
    }

    private static void add(List<String> sites, String place, Expression expression) {
        if (expression == null || expression.tree() == null) {
            return;
        }
        List<String> nodes = new ArrayList<>();
        Exprs.walk(expression.tree(), expr -> {
            if (expr instanceof Expr.FunctionCall || expr instanceof Expr.ColumnRef || expr instanceof Expr.Collate
                    || expr instanceof Expr.Parameter || expr instanceof Expr.Raise || expr instanceof Expr.Subquery
                    || expr instanceof Expr.In in && in.table() != null
                    || expr instanceof Expr.Literal literal && literal.kind().name().startsWith("CURRENT_")) {
                nodes.add(show(expr));
            }
        });
        if (!nodes.isEmpty()) {
            sites.add(place + ": " + nodes);
        }
    }

    private static String show(Expr expr) {
        return expr.getClass().getSimpleName() + "@" + expr.range().start();
    }
}
