package io.dschema.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.SchemaFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnWithoutTypeTest {

    @Test
    void namesBlobAffinityAndSuggestsATypeGeneratedColumnsIncluded() {
        String schema = """
                table events {
                  id integer primary key
                  payload
                  twice as (id * 2) stored
                }
                """;
        assertEquals(List.of(
                        "3:3: column events.payload has no type, so it has BLOB affinity (values stored exactly as given): "
                                + "add a type such as text, integer, real or blob",
                        "4:3: column events.twice has no type, so it has BLOB affinity (values stored exactly as given): "
                                + "add a type such as text, integer, real or blob"),
                SchemaFixture.withCode(schema, DiagnosticCode.COLUMN_WITHOUT_TYPE));
    }

    @Test
    void typedColumnsAndStrictTablesAreNotReportedHere() {
        String schema = """
                table events {
                  id integer primary key
                  payload blob
                }
                table strict_events strict {
                  payload
                }
                """;
        assertEquals(List.of(), SchemaFixture.withCode(schema, DiagnosticCode.COLUMN_WITHOUT_TYPE));
    }
}
