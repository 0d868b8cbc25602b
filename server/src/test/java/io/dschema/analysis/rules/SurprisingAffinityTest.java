package io.dschema.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.SchemaFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurprisingAffinityTest {

    @Test
    void numericAffinityUnderANameThatDoesNotSayNumber() {
        String schema = """
                table people {
                  zip string
                  born datetime
                  extra any
                  photo varbinary(64)
                  ref uuid
                }
                """;
        assertEquals(List.of(
                        "2:7: type 'string' of column people.zip has NUMERIC affinity, so text like '0123' is stored as "
                                + "the number 123: use text",
                        "3:8: type 'datetime' of column people.born has NUMERIC affinity, so text like '0123' is stored "
                                + "as the number 123: use text (ISO-8601) or integer (unix time)",
                        "4:9: type 'any' of column people.extra has NUMERIC affinity outside a strict table, so text like "
                                + "'0123' is stored as the number 123: use blob (values kept as given), or make the table strict",
                        "5:9: type 'varbinary(64)' of column people.photo has NUMERIC affinity, so text like '0123' is "
                                + "stored as the number 123: use blob",
                        "6:7: type 'uuid' of column people.ref has NUMERIC affinity, so text like '0123' is stored as "
                                + "the number 123: use text"),
                SchemaFixture.withCode(schema, DiagnosticCode.SURPRISING_AFFINITY));
    }

    @Test
    void integerAffinityFromAnIntInsideAnotherWord() {
        String schema = """
                table shapes {
                  ratio "floating point"
                  at point
                }
                """;
        assertEquals(List.of(
                        "2:9: type 'floating point' of column shapes.ratio has INTEGER affinity, so 2.0 is stored as the "
                                + "integer 2: use real",
                        "3:6: type 'point' of column shapes.at has INTEGER affinity, so text like '0123' is stored as the "
                                + "number 123: use text, or integer for whole numbers"),
                SchemaFixture.withCode(schema, DiagnosticCode.SURPRISING_AFFINITY));
    }

    @Test
    void typesThatSayWhatTheyDo() {
        String schema = """
                table fine {
                  a integer
                  b unsigned big int
                  c int8
                  d varchar(20)
                  e double precision
                  f numeric
                  g decimal(10, 2)
                  h boolean
                  i blob
                  j
                  k BIGINT
                }
                table s strict {
                  x any
                }
                """;
        assertEquals(List.of(), SchemaFixture.withCode(schema, DiagnosticCode.SURPRISING_AFFINITY));
    }
}
