package io.dschema.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.SchemaFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DS2002 is reported by lowering (the model holds one key per table): the second key is the one reported. */
class MultiplePrimaryKeysTest {

    @Test
    void twoColumnKeys() {
        String schema = """
                table users {
                  id integer primary key
                  code text primary key
                }
                """;
        assertEquals(List.of("3:13: table users already has a primary key: declare one primary key, with "
                        + "'primary key (a, b)' for several columns"),
                SchemaFixture.withCode(schema, DiagnosticCode.MULTIPLE_PRIMARY_KEYS));
    }

    @Test
    void aColumnKeyAndATableKey() {
        String schema = """
                table users {
                  id integer primary key
                  code text not null
                  primary key (id, code)
                }
                """;
        assertEquals(List.of("4:3: table users already has a primary key: declare one primary key, with "
                        + "'primary key (a, b)' for several columns"),
                SchemaFixture.withCode(schema, DiagnosticCode.MULTIPLE_PRIMARY_KEYS));
    }

    @Test
    void oneKeyInEachOfTwoTables() {
        String schema = """
                table users {
                  id integer primary key
                }
                table pairs {
                  a integer not null
                  b integer not null
                  primary key (a, b)
                }
                """;
        assertEquals(List.of(), SchemaFixture.withCode(schema, DiagnosticCode.MULTIPLE_PRIMARY_KEYS));
    }
}
