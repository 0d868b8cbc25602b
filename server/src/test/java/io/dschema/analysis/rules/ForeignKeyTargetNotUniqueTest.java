package io.dschema.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.SchemaFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForeignKeyTargetNotUniqueTest {

    private static List<String> notUnique(String schema) {
        return SchemaFixture.withCode(schema, DiagnosticCode.FOREIGN_KEY_TARGET_NOT_UNIQUE);
    }

    @Test
    void aColumnThatIsNeitherKeyNorUnique() {
        String schema = """
                table teams {
                  id   integer primary key
                  name text
                }
                table users {
                  id        integer primary key
                  team_name text references teams(name)
                }
                """;
        assertEquals(List.of("7:29: foreign key (team_name) of table users references teams(name), which is neither the "
                + "primary key of teams nor unique: add 'unique (name)' to table teams, or reference its primary key "
                + "(SQLite: foreign key mismatch)"), notUnique(schema));
    }

    @Test
    void aPartialUniqueIndexDoesNotServe() {
        String schema = """
                table teams {
                  id   integer primary key
                  slug text
                  unique index teams_slug on (slug) where slug is not null
                }
                table users {
                  id   integer primary key
                  slug text references teams(slug)
                }
                """;
        assertEquals(List.of("8:24: foreign key (slug) of table users references teams(slug), which is neither the primary "
                + "key of teams nor unique (unique index teams_slug has a where clause): add 'unique (slug)' to table teams, "
                + "or reference its primary key (SQLite: foreign key mismatch)"), notUnique(schema));
    }

    @Test
    void aUniqueIndexWithAnotherCollationDoesNotServe() {
        String schema = """
                table teams {
                  id   integer primary key
                  code text collate nocase
                  unique index teams_code on (code collate binary)
                }
                table users {
                  id   integer primary key
                  code text references teams(code)
                }
                """;
        assertEquals(List.of("8:24: foreign key (code) of table users references teams(code), which is neither the primary "
                + "key of teams nor unique (unique index teams_code uses collation binary for code, whose own collation is "
                + "nocase): add 'unique (code)' to table teams, or reference its primary key (SQLite: foreign key mismatch)"),
                notUnique(schema));
    }

    @Test
    void anExpressionIndexDoesNotServe() {
        String schema = """
                table teams {
                  name text
                  unique index teams_lower_name on (lower(name))
                }
                table users {
                  team text references teams(name)
                }
                """;
        assertEquals(List.of("6:24: foreign key (team) of table users references teams(name), which is neither the primary "
                + "key of teams nor unique: add 'unique (name)' to table teams (SQLite: foreign key mismatch)"),
                notUnique(schema));
    }

    @Test
    void theRowidCannotBeAParentKey() {
        // SQLite's foreignkeys.html, section 3: the parent key must be named columns, not the rowid.
        String schema = """
                table teams {
                  name text
                }
                table users {
                  team_id integer references teams(rowid)
                }
                """;
        assertEquals(List.of("5:36: foreign key (team_id) of table users references the rowid of teams, which SQLite does "
                + "not allow (foreign key mismatch): declare an 'integer primary key' column in teams (it aliases the rowid) "
                + "and reference it"), notUnique(schema));
    }

    @Test
    void keysAndUniqueIndexesServeInAnyOrderAndCase() {
        String schema = """
                table teams {
                  id    integer primary key
                  email text unique
                  code  text collate NOCASE
                  a     integer
                  b     integer
                  unique (a, b)
                  unique index teams_code on (code collate nocase)
                }
                table members {
                  x integer
                  y integer
                  primary key (x, y)
                }
                table users {
                  id    integer primary key
                  team  integer references teams(ID)
                  email text references teams(email)
                  code  text references teams(code)
                  a     integer
                  b     integer
                  foreign key (b, a) references teams(b, a)
                  foreign key (a, b) references members(y, x)
                  foreign key (a, b) references members
                }
                """;
        assertEquals(List.of(), notUnique(schema));
    }
}
