package io.dschema.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.SchemaFixture;
import io.dschema.lower.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateRenameHintsTest {

    @Test
    void twoColumnsOfOneTableRenamedFromOneName() {
        String schema = """
                table users {
                  id        integer primary key
                  full_name text renamed from name
                  nickname  text renamed from NAME
                }
                """;
        assertEquals(List.of("4:31: column users.nickname is renamed from NAME, and so is column users.full_name at "
                + "schema.dschema:3:3: keep the hint only on the column that NAME became"),
                SchemaFixture.withCode(schema, DiagnosticCode.DUPLICATE_RENAME_HINT));
    }

    @Test
    void twoTablesInTwoFilesRenamedFromOneName() {
        List<SourceFile> files = List.of(
                new SourceFile("people.dschema", "table people renamed from users {\n  id integer primary key\n}\n"),
                new SourceFile("accounts.dschema", "table accounts renamed from users {\n  id integer primary key\n}\n"));
        assertEquals(List.of("accounts.dschema:1:29: table accounts is renamed from users, and so is table people at "
                + "people.dschema:1:7: keep the hint only on the table that users became"),
                SchemaFixture.withCode(files, DiagnosticCode.DUPLICATE_RENAME_HINT));
    }

    @Test
    void oneOldNamePerObjectIsFine() {
        // The same old column name in two tables is two different columns.
        String schema = """
                table people renamed from users {
                  id        integer primary key
                  full_name text renamed from name
                }
                table teams {
                  id    integer primary key
                  title text renamed from name
                }
                """;
        assertEquals(List.of(), SchemaFixture.withCode(schema, DiagnosticCode.DUPLICATE_RENAME_HINT));
    }
}
