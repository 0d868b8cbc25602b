package io.dschema.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.SchemaFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregateInExpressionTest {

    @Test
    void inEveryKindOfSchemaExpression() {
        String schema = """
                table orders {
                  total integer check (total > avg(total))
                  n integer default (count(*))
                  biggest integer as (max(total))
                  tagged text as (lower(tagged) filter (where total > 0))
                  index by_sum on (sum(total)) where Group_Concat(n) <> ''
                }
                """;
        String refused = " (SQLite refuses aggregates in schema expressions): remove it, and compute the value in a "
                + "query or a trigger";
        assertEquals(List.of(
                        "2:32: aggregate function avg() is not allowed in the check on column orders.total" + refused,
                        "3:22: aggregate function count() is not allowed in the default of column orders.n" + refused,
                        "4:23: aggregate function max() is not allowed in generated column orders.biggest" + refused,
                        "5:19: filter on lower() is not allowed in generated column orders.tagged (only aggregates take "
                                + "filter, and SQLite refuses them in schema expressions): remove the filter",
                        "6:20: aggregate function sum() is not allowed in index by_sum" + refused,
                        "6:38: aggregate function Group_Concat() is not allowed in the where of index by_sum" + refused),
                SchemaFixture.withCode(schema, DiagnosticCode.AGGREGATE_IN_EXPRESSION));
    }

    @Test
    void scalarMaxAndMinAndWindowUsesAreNotAggregatesHere() {
        String schema = """
                table orders {
                  a integer
                  b integer check (max(a, b) < 10 and min(a, b, 3) > 0)
                  c integer check (sum(a) over () > 0)
                  d integer check (row_number() > 0)
                }
                """;
        assertEquals(List.of(), SchemaFixture.withCode(schema, DiagnosticCode.AGGREGATE_IN_EXPRESSION));
    }
}
