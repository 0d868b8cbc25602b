package io.dschema.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.SchemaFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubqueryInExpressionTest {

    @Test
    void selectsExistsAndInTable() {
        String schema = """
                table orders {
                  user_id integer check (user_id in (select id from users))
                  n integer default ((select 1))
                  m integer check (exists (select 1))
                  kind text check (kind in kinds)
                }
                """;
        String refused = " (SQLite refuses subqueries in schema expressions): remove it; a foreign key or a trigger "
                + "can look at other rows";
        assertEquals(List.of(
                        "2:38: a subquery is not allowed in the check on column orders.user_id" + refused,
                        "3:22: a subquery is not allowed in the default of column orders.n" + refused,
                        "4:20: a subquery is not allowed in the check on column orders.m" + refused,
                        "5:20: 'in kinds' (a subquery on table kinds) is not allowed in the check on column orders.kind"
                                + refused),
                SchemaFixture.withCode(schema, DiagnosticCode.SUBQUERY_IN_EXPRESSION));
    }

    @Test
    void aListIsNotASubquery() {
        String schema = """
                table orders {
                  kind text check (kind in ('a', 'b') and (kind) is not null)
                }
                """;
        assertEquals(List.of(), SchemaFixture.withCode(schema, DiagnosticCode.SUBQUERY_IN_EXPRESSION));
    }
}
