package io.dschema.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.SchemaFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultNamesColumnTest {

    @Test
    void anyColumnReferenceInADefaultExpression() {
        // "x" in double quotes is a name, not a string: SQLite says "default value of column [c] is not constant".
        String schema = """
                table t {
                  a integer
                  b integer default (a + 1)
                  c text default ("x")
                }
                """;
        assertEquals(List.of(
                "3:22: the default of column t.b names column a, but a default must be constant: write a literal (a string "
                        + "in single quotes), or compute b with 'as (...)'",
                "4:19: the default of column t.c names column x, but a default must be constant: write a literal (a string "
                        + "in single quotes), or compute c with 'as (...)'"),
                SchemaFixture.withCode(schema, DiagnosticCode.DEFAULT_NAMES_COLUMN));
    }

    @Test
    void literalsAndConstantExpressionsAreFine() {
        String schema = """
                table t {
                  a integer default (true)
                  b integer default (false)
                  c integer default (abs(-1) + 2)
                  d text default ('x' || 'y')
                  e integer default (current_timestamp)
                  f integer default 0
                  g integer default (null)
                  h integer default (unixepoch())
                }
                """;
        assertEquals(List.of(), SchemaFixture.withCode(schema, DiagnosticCode.DEFAULT_NAMES_COLUMN));
    }
}
