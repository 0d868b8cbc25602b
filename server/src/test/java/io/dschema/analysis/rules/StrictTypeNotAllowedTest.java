package io.dschema.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.SchemaFixture;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictTypeNotAllowedTest {

    @Test
    void aSizeOrAnotherNameIsRefusedWithASuggestion() {
        String schema = """
                table users strict {
                  id integer primary key
                  name varchar(10)
                  age int(3)
                  born datetime
                }
                """;
        assertEquals(List.of(
                        "3:8: type 'varchar(10)' of column users.name is not allowed in a strict table: use text "
                                + "(strict tables take int, integer, real, text, blob, any)",
                        "4:7: type 'int(3)' of column users.age is not allowed in a strict table: use integer "
                                + "(strict tables take int, integer, real, text, blob, any)",
                        "5:8: type 'datetime' of column users.born is not allowed in a strict table: use text (ISO-8601) "
                                + "or integer (unix time) (strict tables take int, integer, real, text, blob, any)"),
                SchemaFixture.withCode(schema, DiagnosticCode.STRICT_TYPE_NOT_ALLOWED));
    }

    @Test
    void theSixTypesInAnyCaseAndAnyTypeOutsideStrictTables() {
        String schema = """
                table a strict {
                  a INT
                  b Integer
                  c real
                  d TEXT
                  e blob
                  f Any
                  g "int"
                }
                table b {
                  name varchar(10)
                }
                """;
        assertEquals(List.of(), SchemaFixture.withCode(schema, DiagnosticCode.STRICT_TYPE_NOT_ALLOWED));
    }

    /** The rule's list is SQLite's: each type is accepted by a real strict table exactly when the rule allows it. */
    @Test
    void agreesWithSqlite() throws SQLException {
        List<String> types = List.of("int", "INTEGER", "real", "text", "blob", "any", "ANY", "varchar(10)", "int(5)",
                "numeric", "boolean", "double", "float", "bigint", "string", "integer unsigned");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement statement = connection.createStatement()) {
            int n = 0;
            for (String type : types) {
                boolean sqliteTakes;
                try {
                    statement.execute("create table t" + n++ + " (x " + type + ") strict");
                    sqliteTakes = true;
                } catch (SQLException refused) {
                    sqliteTakes = false;
                }
                String schema = "table t strict {\n  x " + type + "\n}\n";
                boolean ruleTakes = SchemaFixture.withCode(schema, DiagnosticCode.STRICT_TYPE_NOT_ALLOWED).isEmpty();
                assertEquals(sqliteTakes, ruleTakes, type);
            }
        }
    }
}
