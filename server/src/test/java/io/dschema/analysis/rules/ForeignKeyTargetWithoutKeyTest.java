package io.dschema.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.SchemaFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForeignKeyTargetWithoutKeyTest {

    @Test
    void noParentColumnsToATableWithoutPrimaryKey() {
        String schema = """
                table tags {
                  name text unique
                }
                table posts {
                  id  integer primary key
                  tag text references tags
                }
                """;
        assertEquals(List.of("6:23: foreign key (tag) of table posts references tags, which has no primary key: name the "
                + "parent columns, as in 'references tags(column)', or give tags a primary key"),
                SchemaFixture.withCode(schema, DiagnosticCode.FOREIGN_KEY_TARGET_WITHOUT_KEY));
    }

    @Test
    void writtenColumnsOrAPrimaryKeyAreFine() {
        String schema = """
                table tags {
                  name text unique
                }
                table posts {
                  id  integer primary key
                  tag text references tags(name)
                  parent integer references posts
                }
                """;
        assertEquals(List.of(), SchemaFixture.withCode(schema, DiagnosticCode.FOREIGN_KEY_TARGET_WITHOUT_KEY));
    }
}
