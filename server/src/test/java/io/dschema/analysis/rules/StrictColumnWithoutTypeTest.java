package io.dschema.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.SchemaFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictColumnWithoutTypeTest {

    @Test
    void reportsColumnsWithoutTypeGeneratedOnesIncluded() {
        String schema = """
                table users strict {
                  id integer primary key
                  payload
                  twice as (id * 2)
                }
                """;
        assertEquals(List.of(
                        "3:3: column users.payload has no type, which a strict table requires: add one of int, integer, "
                                + "real, text, blob, any",
                        "4:3: column users.twice has no type, which a strict table requires: add one of int, integer, "
                                + "real, text, blob, any"),
                SchemaFixture.withCode(schema, DiagnosticCode.STRICT_COLUMN_WITHOUT_TYPE));
    }

    @Test
    void typedColumnsAndNonStrictTablesAreNotReported() {
        String schema = """
                table users strict {
                  id integer primary key
                  payload any
                }
                table loose {
                  payload
                }
                """;
        assertEquals(List.of(), SchemaFixture.withCode(schema, DiagnosticCode.STRICT_COLUMN_WITHOUT_TYPE));
    }
}
