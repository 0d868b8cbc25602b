package io.dschema.sqlite;

import io.dschema.db.DatabaseException;
import io.dschema.db.Queries;
import io.dschema.db.Row;
import io.dschema.lower.Lowering;
import io.dschema.model.Schema;
import io.dschema.model.SqlObject;
import io.dschema.model.Table;
import io.dschema.plan.Guard;
import io.dschema.plan.Plan;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A real SQLite file for planner tests, with a small stand-in for the executor: prologue, BEGIN,
 * setup, statements, guards, COMMIT, epilogue (rolled back on any failure, epilogue still run).
 */
final class TestDatabase implements Queries, AutoCloseable {

    final Connection connection;

    TestDatabase(Path folder) {
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("test.db"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void exec(String... statements) {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Runs a plan the way push does: foreign keys as the prologue leaves them. */
    void apply(Plan plan) throws SQLException {
        run(plan, false);
    }

    /**
     * Runs a plan the way drizzle-orm's migrator runs a migration file: foreign keys ON, everything
     * (prologue included, where it is a no-op) inside one transaction.
     */
    void applyAsMigrator(Plan plan) throws SQLException {
        exec("PRAGMA foreign_keys=ON");
        run(plan, true);
    }

    private void run(Plan plan, boolean prologueInside) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (!prologueInside) {
                for (String sql : plan.prologue()) {
                    statement.execute(sql);
                }
            }
            statement.execute("BEGIN");
            try {
                List<String> inside = new ArrayList<>();
                if (prologueInside) {
                    inside.addAll(plan.prologue());
                }
                inside.addAll(plan.setup());
                inside.addAll(plan.statements());
                for (Guard guard : plan.guards()) {
                    inside.add(guard.sql());
                }
                if (prologueInside) {
                    inside.addAll(plan.epilogue());
                }
                for (String sql : inside) {
                    try {
                        statement.execute(sql);
                    } catch (SQLException e) {
                        throw new SQLException(e.getMessage() + "\n  in: " + sql, e);
                    }
                }
                statement.execute("COMMIT");
            } catch (SQLException e) {
                statement.execute("ROLLBACK");
                throw e;
            } finally {
                if (!prologueInside) {
                    for (String sql : plan.epilogue()) {
                        statement.execute(sql);
                    }
                }
            }
        }
    }

    /** Every row of the query, each as a list of values, e.g. {@code [[1, "ann"], [2, null]]}. */
    List<List<Object>> rows(String sql) {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            List<List<Object>> rows = new ArrayList<>();
            int width = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= width; i++) {
                    row.add(result.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    long scalar(String sql) {
        return ((Number) rows(sql).get(0).get(0)).longValue();
    }

    /** The table as SQLite stores it, read back into the model. */
    Table table(String name) {
        List<List<Object>> found = rows("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '" + name + "'");
        if (found.isEmpty()) {
            throw new AssertionError("no table " + name);
        }
        return Lowering.lowerCreateTable((String) found.get(0).get(0)).value();
    }

    /** Names of the indexes SQLite holds on the table, sorted (automatic ones included). */
    List<Object> indexNames(String table) {
        return rows("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = '" + table + "' ORDER BY name")
                .stream().map(row -> row.get(0)).toList();
    }

    /**
     * The baseline the database holds, tables from their stored SQL, views and triggers as stored.
     * A trigger depends on its table; which tables a view reads is for the test to say.
     */
    Schema schema() {
        List<Table> tables = new ArrayList<>();
        for (List<Object> row : rows("SELECT sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")) {
            tables.add(Lowering.lowerCreateTable((String) row.get(0)).value());
        }
        List<SqlObject> views = new ArrayList<>();
        List<SqlObject> triggers = new ArrayList<>();
        for (List<Object> row : rows("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('view', 'trigger') ORDER BY rowid")) {
            SqlObject.Kind kind = row.get(0).equals("view") ? SqlObject.Kind.VIEW : SqlObject.Kind.TRIGGER;
            (kind == SqlObject.Kind.VIEW ? views : triggers).add(new SqlObject(kind, (String) row.get(1), (String) row.get(2),
                    (String) row.get(3), kind == SqlObject.Kind.VIEW ? List.of() : List.of((String) row.get(2))));
        }
        return new Schema(tables, views, triggers);
    }

    @Override
    public List<Row> query(String sql, Object... parameters) throws DatabaseException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                List<Row> rows = new ArrayList<>();
                int width = result.getMetaData().getColumnCount();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= width; i++) {
                    columns.add(result.getMetaData().getColumnLabel(i));
                }
                while (result.next()) {
                    List<Object> values = new ArrayList<>();
                    for (int i = 1; i <= width; i++) {
                        values.add(result.getObject(i));
                    }
                    rows.add(new Row(columns, values));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new DatabaseException(DatabaseException.Kind.STATEMENT, e.getMessage(), sql, e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a test database
        }
    }
}
