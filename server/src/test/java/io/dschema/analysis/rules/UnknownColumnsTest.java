package io.dschema.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.SchemaFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownColumnsTest {

    private static List<String> unknown(String schema) {
        return SchemaFixture.withCode(schema, DiagnosticCode.UNKNOWN_COLUMN);
    }

    @Test
    void primaryKeyAndUniqueConstraints() {
        String schema = """
                table members {
                  user_id integer not null
                  team_id integer not null
                  primary key (user_id, teamid)
                  unique (user_id, role)
                  unique by_team (Team_Id, usr_id)
                }
                """;
        assertEquals(List.of(
                "4:25: table members has no column teamid (named in its primary key): did you mean team_id?",
                "5:20: table members has no column role (named in unique (user_id, role)): declare the column or fix the name",
                "6:28: table members has no column usr_id (named in unique constraint by_team): did you mean user_id?"),
                unknown(schema));
    }

    @Test
    void indexColumnsExpressionsAndWhere() {
        String schema = """
                table users {
                  id    integer primary key
                  email text
                  index by_email on (emial, lower(emali)) where users.email is not null and deleted = 0
                }
                """;
        assertEquals(List.of(
                "4:22: table users has no column emial (named in index by_email): did you mean email?",
                "4:35: table users has no column emali (named in index by_email): did you mean email?",
                "4:77: table users has no column deleted (named in the where of index by_email): declare the column or fix "
                        + "the name"),
                unknown(schema));
    }

    @Test
    void foreignKeyChildAndParentColumns() {
        String schema = """
                table teams {
                  id integer primary key
                }
                table users {
                  id integer primary key
                  foreign key (team) references teams(idd)
                }
                """;
        assertEquals(List.of(
                "6:16: table users has no column team (named in a foreign key to teams): declare the column or fix the name",
                "6:39: table teams has no column idd (named in a foreign key of table users): did you mean id?"),
                unknown(schema));
    }

    @Test
    void checksReadTheirOwnTableOnly() {
        // other.x is DS1030's; users.x is this table's column x.
        String schema = """
                table users {
                  id  integer primary key
                  age integer check (agee >= 0)
                  check adult (users.ag >= 18 and other.x > 0)
                }
                """;
        assertEquals(List.of(
                "3:22: table users has no column agee (named in the check of column age): did you mean age?",
                "4:22: table users has no column ag (named in check adult): did you mean age?"),
                unknown(schema));
    }

    @Test
    void generatedColumnExpressions() {
        String schema = """
                table people {
                  first text
                  last  text
                  full  text as (first || ' ' || lst) stored
                }
                """;
        assertEquals(List.of("4:34: table people has no column lst (named in generated column full): did you mean last?"),
                unknown(schema));
    }

    @Test
    void theRowidIsReadableInChecksAndPartialIndexConditionsOnly() {
        String schema = """
                table events {
                  kind text
                  seq  integer as (rowid + 1)
                  check (rowid > 0 and oid > 0 and _rowid_ > 0)
                  index by_kind on (kind) where rowid > 100
                  index by_rowid on (rowid)
                }
                table keyed without rowid {
                  k text primary key
                  check (rowid > 0)
                }
                """;
        assertEquals(List.of(
                "3:20: table events has no column rowid (named in generated column seq): only checks and partial index "
                        + "conditions can read the rowid; declare an 'integer primary key' column (it aliases the rowid) and "
                        + "name it",
                "6:22: table events has no column rowid (named in index by_rowid): only checks and partial index conditions "
                        + "can read the rowid; declare an 'integer primary key' column (it aliases the rowid) and name it",
                "10:10: table keyed has no column rowid (named in a check): a without rowid table has no rowid"),
                unknown(schema));
    }

    @Test
    void theRowidAliasIsNamedWhereTheRowidCannotBe() {
        String schema = """
                table events {
                  id   integer primary key
                  kind text
                  index by_kind on (kind, rowid)
                }
                """;
        assertEquals(List.of("4:27: table events has no column rowid (named in index by_kind): only checks and partial index "
                + "conditions can read the rowid; name id, which aliases it"), unknown(schema));
    }

    @Test
    void anIndexExpressionCannotReadAnotherTable() {
        String schema = """
                table users {
                  id integer primary key
                  index by_team on (id) where teams.id > 0
                }
                table teams {
                  id integer primary key
                }
                """;
        assertEquals(List.of("3:37: table users has no column teams.id (named in the where of index by_team): name a column of "
                + "users (SQLite reads nothing but this table's row here)"), unknown(schema));
    }

    @Test
    void noSuggestionWhenNoColumnIsClose() {
        String schema = """
                table t {
                  id integer primary key
                  index by_x on (x)
                }
                """;
        assertEquals(List.of("3:18: table t has no column x (named in index by_x): declare the column or fix the name"),
                unknown(schema));
    }

    @Test
    void aValidSchemaNamesOnlyItsColumns() {
        String schema = """
                table teams {
                  id   integer primary key
                  Code text not null unique
                }
                table users {
                  id      integer primary key
                  email   text not null
                  team    text
                  lower_email text as (lower(users.email)) stored
                  unique (EMAIL, team)
                  index by_email on (email collate nocase desc, (lower(email))) where email is not null and rowid > 0
                  foreign key (team) references teams(code)
                  check (length(email) > 3 and users.team <> '' and main.users.id > 0)
                }
                """;
        assertEquals(List.of(), unknown(schema));
    }
}
