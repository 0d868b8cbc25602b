package io.dschema.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.SchemaFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratedRefersToItselfTest {

    @Test
    void aColumnThatRefersToItselfDirectly() {
        String schema = """
                table t {
                  a integer
                  b integer as (b + a)
                }
                """;
        assertEquals(List.of("3:17: generated column t.b refers to itself: compute it from other columns"),
                SchemaFixture.withCode(schema, DiagnosticCode.GENERATED_REFERS_TO_ITSELF));
    }

    @Test
    void everyColumnOfACycleIsReportedOnce() {
        // SQLite accepts this table and fails on the first insert: "generated column loop on c".
        String schema = """
                table t {
                  a integer
                  c integer as (d + 1)
                  d integer as (a + e) stored
                  e integer as (t.c * 2 + c)
                }
                """;
        assertEquals(List.of(
                "3:17: generated column t.c refers to itself through other generated columns (c -> d -> e -> c): make one "
                        + "of them compute from stored columns",
                "4:21: generated column t.d refers to itself through other generated columns (d -> e -> c -> d): make one "
                        + "of them compute from stored columns",
                "5:19: generated column t.e refers to itself through other generated columns (e -> c -> d -> e): make one "
                        + "of them compute from stored columns"),
                SchemaFixture.withCode(schema, DiagnosticCode.GENERATED_REFERS_TO_ITSELF));
    }

    @Test
    void chainsOfGeneratedColumnsAreFine() {
        String schema = """
                table t {
                  a integer
                  b integer as (a + 1)
                  c integer as (b + a) stored
                  d integer as (c + b + t.a)
                }
                """;
        assertEquals(List.of(), SchemaFixture.withCode(schema, DiagnosticCode.GENERATED_REFERS_TO_ITSELF));
    }
}
