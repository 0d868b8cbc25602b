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

class NonDeterministicInIndexTest {

    @Test
    void indexExpressionsPartialIndexWhereAndGeneratedColumns() {
        String schema = """
                table events {
                  at text
                  token blob as (randomblob(16))
                  stamp text as (current_timestamp) stored
                  day text as (date('now'))
                  index by_local on (datetime(at, 'localtime'))
                  index recent on (at) where at > strftime('%s')
                }
                """;
        assertEquals(List.of(
                        "3:18: randomblob() is non-deterministic, which SQLite refuses in generated column events.token: "
                                + "use a deterministic expression, or a column with a default",
                        "4:18: current_timestamp reads the clock, which SQLite refuses in generated column events.stamp: "
                                + "store the time in a column with 'default current_timestamp' instead",
                        "5:16: date() with 'now' reads the clock, which SQLite refuses in generated column events.day: "
                                + "compute it from a column or a fixed time",
                        "6:22: the 'localtime' modifier of datetime() depends on the machine's time zone, which SQLite "
                                + "refuses in index by_local: store UTC and convert in queries",
                        "7:35: strftime() without a time value reads the clock, which SQLite refuses in the where of "
                                + "index recent: compute it from a column or a fixed time"),
                SchemaFixture.withCode(schema, DiagnosticCode.NON_DETERMINISTIC_IN_INDEX));
    }

    @Test
    void checksAreJudgedOnClockReadsOnly() {
        String schema = """
                table events {
                  at text check (at <= datetime('NOW'))
                  n integer check (n < random() and at < current_timestamp)
                }
                """;
        assertEquals(List.of("2:24: datetime() with 'NOW' reads the clock, which SQLite refuses in the check on column "
                        + "events.at: compute it from a column or a fixed time"),
                SchemaFixture.withCode(schema, DiagnosticCode.NON_DETERMINISTIC_IN_INDEX));
    }

    @Test
    void deterministicCallsAndDefaultsAreFine() {
        String schema = """
                table events {
                  at text default (datetime('now'))
                  made integer default (unixepoch())
                  salt blob default (randomblob(8))
                  day text as (date(at, 'start of day', '+1 day'))
                  index by_epoch on (unixepoch(at), strftime('%Y', at), timediff(at, '2020-01-01'))
                  index by_day on (at) where date(at, 'unixepoch') > '2020-01-01'
                }
                """;
        assertEquals(List.of(), SchemaFixture.withCode(schema, DiagnosticCode.NON_DETERMINISTIC_IN_INDEX));
    }

    /**
     * Each index expression is refused by SQLite (when the index is created over a row, or at once)
     * exactly when the rule reports it.
     */
    @Test
    void agreesWithSqliteOnIndexExpressions() throws SQLException {
        List<String> expressions = List.of("random()", "randomblob(2)", "changes()", "total_changes()",
                "last_insert_rowid()", "sqlite_version()", "sqlite_source_id()", "sqlite_compileoption_used('x')",
                "current_time", "current_date", "current_timestamp",
                "date('now')", "date('Now')", "date(' now ')", "date()", "time()", "datetime()", "julianday()",
                "unixepoch()", "strftime('%Y')", "strftime('%Y', 'now')", "strftime('%Y', x)", "date(x, 'localtime')",
                "date(x, 'UTC')", "date(x, 'localtime ')", "date('subsec')", "date(x, 'subsec')", "timediff(x, 'now')",
                "timediff(x, '2020-01-01')", "date(x)", "date(x, '+1 day')", "unixepoch(x, 'unixepoch')",
                "abs(x)", "lower(x)", "coalesce(x, 0)");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement statement = connection.createStatement()) {
            statement.execute("create table t (x text)");
            statement.execute("insert into t values ('2024-01-01')");
            int n = 0;
            for (String expression : expressions) {
                boolean sqliteRefuses;
                try {
                    statement.execute("create index i" + n++ + " on t (" + expression + ")");
                    sqliteRefuses = false;
                } catch (SQLException refused) {
                    sqliteRefuses = true;
                }
                String schema = "table t {\n  x text\n  index i on ((" + expression + "))\n}\n";
                boolean ruleRefuses = !SchemaFixture.withCode(schema, DiagnosticCode.NON_DETERMINISTIC_IN_INDEX).isEmpty();
                assertEquals(sqliteRefuses, ruleRefuses, expression);
            }
        }
    }
}
