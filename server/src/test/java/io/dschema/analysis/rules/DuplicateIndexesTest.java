package io.dschema.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.SchemaFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateIndexesTest {

    @Test
    void aWrittenIndexClashesWithTheNameDerivedFromAUniqueColumn() {
        String schema = """
                table users {
                  id    integer primary key
                  email text unique
                  unique index users_email_unique on (email)
                }
                """;
        assertEquals(List.of("4:16: unique index users_email_unique of table users has the same name as unique index "
                + "users_email_unique (derived from the unique column users.email) at schema.dschema:3:14: rename this one"),
                SchemaFixture.withCode(schema, DiagnosticCode.DUPLICATE_INDEX));
    }

    @Test
    void theSameColumnsMadeUniqueTwiceDeriveTheSameName() {
        String schema = """
                table users {
                  id    integer primary key
                  email text unique
                  unique (email)
                }
                """;
        assertEquals(List.of("4:3: unique index users_email_unique (derived from unique (email) of table users) has the same "
                + "name as unique index users_email_unique (derived from the unique column users.email) at schema.dschema:3:14: "
                + "remove one of the two unique constraints"),
                SchemaFixture.withCode(schema, DiagnosticCode.DUPLICATE_INDEX));
    }

    @Test
    void indexNamesAreSchemaWideAndCompareIgnoringAsciiCase() {
        String schema = """
                table users {
                  id   integer primary key
                  name text
                  index by_name on (name)
                }
                table teams {
                  id   integer primary key
                  name text
                  index BY_NAME on (name)
                }
                """;
        assertEquals(List.of("9:9: index BY_NAME of table teams has the same name as index by_name of table users at "
                + "schema.dschema:4:9: rename this one"),
                SchemaFixture.withCode(schema, DiagnosticCode.DUPLICATE_INDEX));
    }

    @Test
    void aDerivedNameClashingWithAWrittenOneSaysHowToNameTheConstraint() {
        String schema = """
                table users {
                  id    integer primary key
                  email text
                  index users_email_unique on (email)
                  unique (email)
                }
                """;
        assertEquals(List.of("5:3: unique index users_email_unique (derived from unique (email) of table users) has the same "
                + "name as index users_email_unique of table users at schema.dschema:4:9: rename users_email_unique, or name "
                + "this constraint with 'unique NAME (email)'"),
                SchemaFixture.withCode(schema, DiagnosticCode.DUPLICATE_INDEX));
    }

    @Test
    void distinctIndexNamesAreFine() {
        String schema = """
                table users {
                  id    integer primary key
                  email text unique
                  name  text
                  index users_name on (name)
                  unique index users_lower_email on (lower(email))
                  unique by_pair (email, name)
                }
                """;
        assertEquals(List.of(), SchemaFixture.withCode(schema, DiagnosticCode.DUPLICATE_INDEX));
    }
}
