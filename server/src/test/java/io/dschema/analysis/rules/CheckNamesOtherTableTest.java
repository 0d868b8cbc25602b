package io.dschema.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.SchemaFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckNamesOtherTableTest {

    @Test
    void aColumnOfAnotherTableAndATableThatIsNotItsOwn() {
        String schema = """
                table teams {
                  id   integer primary key
                  size integer
                }
                table users {
                  id      integer primary key
                  team_id integer check (teams.size > 0)
                  check known (usr.id > 0)
                }
                """;
        assertEquals(List.of(
                "7:26: the check of column users.team_id names teams.size, a column of table teams: a check can only read "
                        + "its own row; use a foreign key or a trigger to check other tables",
                "8:16: check known of table users names usr.id, but usr is not table users: a check can only read its own "
                        + "row; write id or users.id"),
                SchemaFixture.withCode(schema, DiagnosticCode.CHECK_NAMES_OTHER_TABLE));
    }

    @Test
    void itsOwnTableInAnyCaseAndASchemaQualifierAreFine() {
        String schema = """
                table users {
                  id integer primary key
                  check (Users.id > 0 and main.users.id > 0 and id > 0)
                }
                """;
        assertEquals(List.of(), SchemaFixture.withCode(schema, DiagnosticCode.CHECK_NAMES_OTHER_TABLE));
    }
}
