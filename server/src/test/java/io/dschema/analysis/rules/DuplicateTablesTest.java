package io.dschema.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.SchemaFixture;
import io.dschema.lower.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateTablesTest {

    @Test
    void aTableDeclaredInTwoFilesIsReportedWhereItIsDeclaredAgain() {
        List<SourceFile> files = List.of(
                new SourceFile("users.dschema", """
                        table users {
                          id integer primary key
                        }
                        """),
                new SourceFile("more.dschema", """
                        table teams {
                          id integer primary key
                        }

                        table Users {
                          id integer primary key
                        }
                        """));
        assertEquals(List.of("more.dschema:5:7: table Users is already declared at users.dschema:1:7: rename one of them or remove it"),
                SchemaFixture.withCode(files, DiagnosticCode.DUPLICATE_TABLE));
    }

    @Test
    void tablesWithDifferentNamesInTwoFilesAreFine() {
        List<SourceFile> files = List.of(
                new SourceFile("users.dschema", "table users {\n  id integer primary key\n}\n"),
                new SourceFile("teams.dschema", "table teams {\n  id integer primary key\n}\n"));
        assertEquals(List.of(), SchemaFixture.withCode(files, DiagnosticCode.DUPLICATE_TABLE));
    }
}
