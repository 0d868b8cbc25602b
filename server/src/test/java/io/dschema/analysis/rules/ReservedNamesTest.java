package io.dschema.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.SchemaFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReservedNamesTest {

    @Test
    void tableAndIndexNamesStartingWithSqliteInAnyCase() {
        String schema = """
                table SQLite_Stats {
                  id   integer primary key
                  name text unique
                }
                table users {
                  id   integer primary key
                  name text
                  index sqlite_autoindex_users_1 on (name)
                }
                """;
        // The derived sqlite_stats_name_unique is not reported again: renaming the table fixes it.
        assertEquals(List.of(
                "1:7: table SQLite_Stats: names starting with sqlite_ are reserved by SQLite; rename the table",
                "8:9: index sqlite_autoindex_users_1 of table users: names starting with sqlite_ are reserved by SQLite; "
                        + "rename the index"),
                SchemaFixture.withCode(schema, DiagnosticCode.RESERVED_NAME));
    }

    @Test
    void namesThatOnlyContainSqliteAreFine() {
        String schema = """
                table my_sqlite_stats {
                  id integer primary key
                  index sqlite on (id)
                  index sqlitex_by_id on (id)
                }
                """;
        assertEquals(List.of(), SchemaFixture.withCode(schema, DiagnosticCode.RESERVED_NAME));
    }
}
