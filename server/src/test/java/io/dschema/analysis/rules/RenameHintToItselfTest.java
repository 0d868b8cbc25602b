package io.dschema.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.analysis.Diagnostic;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.SchemaFixture;
import io.dschema.analysis.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenameHintToItselfTest {

    @Test
    void tableAndColumnRenamedFromTheirOwnNameInAnyCaseAreWarnings() {
        String schema = """
                table Users renamed from users {
                  id   integer primary key
                  name text renamed from name
                }
                """;
        assertEquals(List.of(
                "1:26: table Users is renamed from its own name: remove 'renamed from users'",
                "3:26: column Users.name is renamed from its own name: remove 'renamed from name'"),
                SchemaFixture.withCode(schema, DiagnosticCode.RENAME_HINT_TO_ITSELF));
        assertEquals(List.of(Severity.WARNING, Severity.WARNING), SchemaFixture.diagnostics(schema).stream()
                .filter(d -> d.code() == DiagnosticCode.RENAME_HINT_TO_ITSELF).map(Diagnostic::severity).toList());
    }

    @Test
    void realRenamesAreFine() {
        String schema = """
                table people renamed from users {
                  id        integer primary key
                  full_name text renamed from name
                }
                """;
        assertEquals(List.of(), SchemaFixture.withCode(schema, DiagnosticCode.RENAME_HINT_TO_ITSELF));
    }
}
