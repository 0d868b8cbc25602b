package io.dschema.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.SchemaFixture;
import io.dschema.lower.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownForeignKeyTargetTest {

    @Test
    void reportsTheReferencedNameOfAnUndeclaredTable() {
        String schema = """
                table posts {
                  id integer primary key
                  author_id integer references author(id)
                  foreign key (id) references revisions
                }
                """;
        assertEquals(List.of(
                "3:32: table posts references table author, which the schema does not declare: declare it or fix the name",
                "4:31: table posts references table revisions, which the schema does not declare: declare it or fix the name"),
                SchemaFixture.withCode(schema, DiagnosticCode.UNKNOWN_TABLE));
    }

    @Test
    void aTableDeclaredInAnotherFileInAnyCaseIsKnown() {
        List<SourceFile> files = List.of(
                new SourceFile("posts.dschema", """
                        table posts {
                          id integer primary key
                          author_id integer references Authors(id)
                        }
                        """),
                new SourceFile("authors.dschema", """
                        table authors {
                          id integer primary key
                        }
                        """));
        assertEquals(List.of(), SchemaFixture.withCode(files, DiagnosticCode.UNKNOWN_TABLE));
    }
}
