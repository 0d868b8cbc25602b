package io.dschema.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.SchemaFixture;
import io.dschema.model.Schema;
import io.dschema.model.SqlObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameClashTest {

    @Test
    void aTableNamedLikeAnIndexOfAnotherTable() {
        String schema = """
                table users {
                  id   integer primary key
                  name text
                  index posts on (name)
                }
                table posts {
                  id integer primary key
                }
                """;
        assertEquals(List.of("6:7: table posts has the same name as index posts of table users at schema.dschema:4:9 (tables, "
                + "indexes and views share one namespace in SQLite): rename the table, or rename index posts"),
                SchemaFixture.withCode(schema, DiagnosticCode.NAME_CLASH));
    }

    @Test
    void aDerivedUniqueIndexNameClashesWithATableDeclaredBefore() {
        String schema = """
                table users_email_unique {
                  id integer primary key
                }
                table users {
                  id    integer primary key
                  email text unique
                }
                """;
        assertEquals(List.of("6:14: unique index users_email_unique (derived from the unique column users.email) has the same "
                + "name as table users_email_unique at schema.dschema:1:7 (tables, indexes and views share one namespace in "
                + "SQLite): name the unique constraint with 'unique NAME (email)', or rename table users_email_unique"),
                SchemaFixture.withCode(schema, DiagnosticCode.NAME_CLASH));
    }

    @Test
    void aTableNamedLikeAViewOfTheDatabase() {
        Schema declared = SchemaFixture.schema("""
                table Active_Users {
                  id integer primary key
                }
                table users {
                  id integer primary key
                  index active_users_2 on (id)
                }
                """);
        SqlObject view = new SqlObject(SqlObject.Kind.VIEW, "active_users", null,
                "CREATE VIEW active_users AS SELECT * FROM users", List.of("users"));
        SqlObject otherView = new SqlObject(SqlObject.Kind.VIEW, "ACTIVE_USERS_2", null,
                "CREATE VIEW ACTIVE_USERS_2 AS SELECT * FROM users", List.of("users"));
        Schema schema = new Schema(declared.tables(), List.of(view, otherView), List.of());
        assertEquals(List.of(
                "1:7: table Active_Users has the same name as view active_users in the database (tables, indexes and views "
                        + "share one namespace in SQLite): rename the table, or drop or rename view active_users in the database",
                "6:9: index active_users_2 of table users has the same name as view ACTIVE_USERS_2 in the database (tables, "
                        + "indexes and views share one namespace in SQLite): rename the index, or drop or rename view "
                        + "ACTIVE_USERS_2 in the database"),
                SchemaFixture.withCode(schema, DiagnosticCode.NAME_CLASH));
    }

    @Test
    void triggersHaveTheirOwnNamespaceInSqlite() {
        // SQLite accepts "create trigger users after insert on users ..." (checked with SQLite 3.40):
        // sqlite3CreateTrigger only looks for another trigger of that name.
        Schema declared = SchemaFixture.schema("""
                table users {
                  id integer primary key
                }
                """);
        SqlObject trigger = new SqlObject(SqlObject.Kind.TRIGGER, "users", "users",
                "CREATE TRIGGER users AFTER INSERT ON users BEGIN SELECT 1; END", List.of("users"));
        Schema schema = new Schema(declared.tables(), List.of(), List.of(trigger));
        assertEquals(List.of(), SchemaFixture.withCode(schema, DiagnosticCode.NAME_CLASH));
    }

    @Test
    void distinctNamesAndSameKindDuplicatesAreNotAClash() {
        // Two indexes or two tables with one name are DS1003 and DS1001, not a clash of kinds.
        String schema = """
                table users {
                  id   integer primary key
                  name text
                  index by_name on (name)
                  index by_name on (id)
                }
                table teams {
                  id integer primary key
                }
                """;
        assertEquals(List.of(), SchemaFixture.withCode(schema, DiagnosticCode.NAME_CLASH));
    }
}
