package io.dschema.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.SchemaFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class WithoutRowidWithoutPrimaryKeyTest {

    @Test
    void reportsTheTableName() {
        String schema = """
                table events without rowid {
                  id integer not null
                  unique (id)
                }
                """;
        assertEquals(List.of("1:7: table events is without rowid but has no primary key: add one (a column's "
                        + "'primary key', or 'primary key (a, b)'), or remove 'without rowid'"),
                SchemaFixture.withCode(schema, DiagnosticCode.WITHOUT_ROWID_WITHOUT_PRIMARY_KEY));
    }

    @Test
    void aColumnOrTableKeyIsEnough() {
        String schema = """
                table a without rowid {
                  id text primary key
                }
                table b strict, without rowid {
                  x integer
                  y integer
                  primary key (x, y)
                }
                table c {
                  x integer
                }
                """;
        assertEquals(List.of(), SchemaFixture.withCode(schema, DiagnosticCode.WITHOUT_ROWID_WITHOUT_PRIMARY_KEY));
    }
}
