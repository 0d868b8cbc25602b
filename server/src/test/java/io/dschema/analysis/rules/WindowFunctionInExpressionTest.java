package io.dschema.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.SchemaFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowFunctionInExpressionTest {

    @Test
    void windowOnlyFunctionsAndAnyCallWithOver() {
        String schema = """
                table scores {
                  points integer check (points > lag(points))
                  rank_now integer as (row_number() over (order by points))
                  running integer check (sum(points) over w > 0)
                  index by_rank on (points) where ntile(4) over () = 1
                }
                """;
        assertEquals(List.of(
                        "2:34: window function lag() is not allowed in the check on column scores.points (SQLite refuses "
                                + "window functions in schema expressions): remove it, and compute the value in a query",
                        "3:24: window function row_number() is not allowed in generated column scores.rank_now (SQLite "
                                + "refuses window functions in schema expressions): remove it, and compute the value in a query",
                        "4:26: over on sum() is not allowed in the check on column scores.running (SQLite refuses window "
                                + "functions in schema expressions): remove the over clause",
                        "5:35: window function ntile() is not allowed in the where of index by_rank (SQLite refuses "
                                + "window functions in schema expressions): remove it, and compute the value in a query"),
                SchemaFixture.withCode(schema, DiagnosticCode.WINDOW_FUNCTION_IN_EXPRESSION));
    }

    @Test
    void ordinaryCallsAreNotWindowUses() {
        String schema = """
                table scores {
                  points integer check (abs(points) < 100 and max(points, 0) >= 0)
                  label text as (printf('%d', points))
                }
                """;
        assertEquals(List.of(), SchemaFixture.withCode(schema, DiagnosticCode.WINDOW_FUNCTION_IN_EXPRESSION));
    }
}
