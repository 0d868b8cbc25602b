package io.dschema.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.SchemaFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateCheckNamesTest {

    @Test
    void twoChecksOfOneTableWithTheSameNameColumnLevelOrNot() {
        String schema = """
                table orders {
                  id       integer primary key
                  quantity integer check positive (quantity > 0)
                  price    real
                  check Positive (price > 0)
                }
                """;
        assertEquals(List.of("5:3: check Positive is already declared in table orders at schema.dschema:3:20: rename one of the "
                + "two checks"), SchemaFixture.withCode(schema, DiagnosticCode.DUPLICATE_CONSTRAINT_NAME));
    }

    @Test
    void unnamedChecksAndTheSameNameInTwoTablesAreFine() {
        String schema = """
                table orders {
                  id       integer primary key
                  quantity integer check (quantity > 0)
                  check (quantity < 1000)
                  check positive (id > 0)
                }
                table items {
                  id integer primary key
                  check positive (id > 0)
                }
                """;
        assertEquals(List.of(), SchemaFixture.withCode(schema, DiagnosticCode.DUPLICATE_CONSTRAINT_NAME));
    }
}
