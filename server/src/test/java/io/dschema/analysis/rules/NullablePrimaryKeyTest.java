package io.dschema.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.SchemaFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class NullablePrimaryKeyTest {

    @Test
    void columnAndTableLevelKeysOfRowidTables() {
        String schema = """
                table countries {
                  code text primary key
                }
                table memberships {
                  user_id integer
                  team_id integer not null
                  primary key (user_id, team_id)
                }
                table legacy {
                  id int primary key
                }
                """;
        assertEquals(List.of(
                        "2:13: primary key column countries.code accepts NULL (SQLite's legacy rule for rowid tables, "
                                + "and NULLs never clash): add not null",
                        "7:16: primary key column memberships.user_id accepts NULL (SQLite's legacy rule for rowid "
                                + "tables, and NULLs never clash): add not null",
                        "10:10: primary key column legacy.id accepts NULL (SQLite's legacy rule for rowid tables, and "
                                + "NULLs never clash): add not null"),
                SchemaFixture.withCode(schema, DiagnosticCode.NULLABLE_PRIMARY_KEY));
    }

    @Test
    void theRowidAliasWithoutRowidKeysAndNotNullColumnsNeverHoldNull() {
        String schema = """
                table users {
                  id integer primary key
                }
                table teams {
                  id INTEGER
                  primary key (id desc)
                }
                table countries without rowid {
                  code text primary key
                }
                table tags {
                  name text not null primary key
                }
                """;
        assertEquals(List.of(), SchemaFixture.withCode(schema, DiagnosticCode.NULLABLE_PRIMARY_KEY));
    }
}
