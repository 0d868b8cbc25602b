package io.dschema.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.SchemaFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateColumnsTest {

    @Test
    void reportsTheSecondColumnWithTheSameNameIgnoringAsciiCase() {
        String schema = """
                table users {
                  id integer primary key
                  Email text
                  email text
                }
                """;
        assertEquals(List.of("4:3: column email is already declared in table users (line 3): rename or remove one"),
                SchemaFixture.withCode(schema, DiagnosticCode.DUPLICATE_COLUMN));
    }

    @Test
    void nonAsciiLettersAreNotFolded() {
        String schema = """
                table t {
                  "Ä" text
                  "ä" text
                }
                """;
        assertEquals(List.of(), SchemaFixture.withCode(schema, DiagnosticCode.DUPLICATE_COLUMN));
    }
}
