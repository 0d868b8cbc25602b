package io.dschema.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.SchemaFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForeignKeyArityTest {

    private static final String PARENTS = """
            table members {
              user_id integer not null
              team_id integer not null
              primary key (user_id, team_id)
            }
            """;

    @Test
    void writtenParentColumnsOfAnotherCount() {
        String schema = PARENTS + """
                table grants {
                  user_id integer
                  team_id integer
                  foreign key (user_id, team_id) references members(user_id)
                }
                """;
        assertEquals(List.of("9:3: foreign key (user_id, team_id) of table grants has 2 columns but references "
                + "members(user_id), 1 column: name as many columns on both sides"),
                SchemaFixture.withCode(schema, DiagnosticCode.FOREIGN_KEY_ARITY));
    }

    @Test
    void noParentColumnsAndAPrimaryKeyOfAnotherCount() {
        String schema = PARENTS + """
                table grants {
                  user_id integer references members
                }
                """;
        assertEquals(List.of("7:19: foreign key (user_id) of table grants has 1 column but the primary key of members has "
                + "2 columns (user_id, team_id): give the foreign key 2 columns, or name the unique parent columns it references"),
                SchemaFixture.withCode(schema, DiagnosticCode.FOREIGN_KEY_ARITY));
    }

    @Test
    void matchingCountsAreFine() {
        String schema = PARENTS + """
                table grants {
                  user_id integer
                  team_id integer
                  foreign key (user_id, team_id) references members
                  foreign key (team_id, user_id) references members(team_id, user_id)
                }
                """;
        assertEquals(List.of(), SchemaFixture.withCode(schema, DiagnosticCode.FOREIGN_KEY_ARITY));
    }
}
