package io.dschema.sqlite;

import io.dschema.plan.Guard;

import java.util.ArrayList;
import java.util.List;

/**
 * Guards that fail the transaction when a table has more foreign key violations after the steps
 * than before (rows the database already held that break a foreign key are not ours to judge).
 *
 * <p>The trick, in plain SQL so that a remote batch stops on it too: the setup records
 * {@code pragma_foreign_key_check} per table in a temporary table and creates a second temporary
 * table with one column per guarded table, each under a named {@code CHECK}. A guard inserts into
 * its column whether "violations now &lt;= violations before" holds; when it does not, the
 * {@code CHECK} raises {@code CHECK constraint failed: new foreign key violations in <table>} and
 * the whole transaction is rolled back. The last guards drop both temporary tables. Each guard
 * checks its own table only ({@code pragma_foreign_key_check('t')}): checking every table for
 * every guard costs the square of the schema.
 */
final class ForeignKeyGuards {

    static final String BEFORE = "_dschema_fk_before";
    static final String GUARD = "_dschema_guard";

    /** A guarded table: its name when the guard runs, and in the baseline (null when it is created by the plan). */
    record Guarded(String name, String beforeName) {
    }

    private ForeignKeyGuards() {
    }

    static List<String> setup(List<Guarded> tables) {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            String column = Sql.ident("guard_" + (i + 1));
            columns.add(column + " INTEGER CONSTRAINT " + Sql.ident(description(tables.get(i))) + " CHECK (" + column + ")");
        }
        return List.of(
                "CREATE TEMP TABLE " + Sql.ident(BEFORE) + " AS SELECT \"table\" AS \"table\", count(*) AS \"violations\""
                        + " FROM pragma_foreign_key_check GROUP BY \"table\"",
                "CREATE TEMP TABLE " + Sql.ident(GUARD) + " (" + String.join(", ", columns) + ")");
    }

    static List<Guard> guards(List<Guarded> tables) {
        List<Guard> guards = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            Guarded table = tables.get(i);
            String before = table.beforeName() == null ? "0"
                    : "coalesce((SELECT \"violations\" FROM temp." + Sql.ident(BEFORE) + " WHERE \"table\" = "
                    + Sql.string(table.beforeName()) + " COLLATE NOCASE), 0)";
            guards.add(new Guard(description(table), "INSERT INTO temp." + Sql.ident(GUARD) + " (" + Sql.ident("guard_" + (i + 1)) + ")"
                    + " SELECT (SELECT count(*) FROM pragma_foreign_key_check(" + Sql.string(table.name()) + ")) <= " + before));
        }
        guards.add(new Guard("drop the guard's temporary tables", "DROP TABLE temp." + Sql.ident(GUARD)));
        guards.add(new Guard("drop the guard's temporary tables", "DROP TABLE temp." + Sql.ident(BEFORE)));
        return guards;
    }

    private static String description(Guarded table) {
        return "new foreign key violations in " + table.name();
    }
}
