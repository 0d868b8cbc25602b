package io.dschema.migrate;

import io.dschema.config.DatabaseUrl;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Test helpers on real SQLite files: run a script, dump every row, read a pragma. */
final class SqliteFiles {

    private SqliteFiles() {
    }

    static DatabaseUrl url(Path file) {
        return new DatabaseUrl(DatabaseUrl.Kind.FILE, "file:" + file, file.toAbsolutePath());
    }

    static Connection connect(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /** Runs each statement of {@code script} (split as migrate splits a migration file). */
    static void run(Path file, String script) throws SQLException {
        try (Connection connection = connect(file); Statement statement = connection.createStatement()) {
            for (String sql : io.dschema.sqlite.SqlSplitter.split(script)) {
                statement.execute(sql);
            }
        }
    }

    /**
     * Every row of every table but SQLite's own (except {@code sqlite_sequence}, whose values a
     * rebuild must keep), table by table in name order, rows in rowid (or key) order.
     */
    static String dumpRows(Path file) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection connection = connect(file); Statement statement = connection.createStatement()) {
            List<String[]> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'table'"
                    + " AND (name NOT LIKE 'sqlite\\_%' ESCAPE '\\' OR name = 'sqlite_sequence') ORDER BY name")) {
                while (rs.next()) {
                    tables.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] table : tables) {
                boolean withoutRowid = table[1] != null && table[1].toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", " ")
                        .contains("WITHOUT ROWID");
                String order = withoutRowid ? "1" : "rowid";
                out.append(table[0]).append(":\n");
                try (ResultSet rs = statement.executeQuery("SELECT * FROM \"" + table[0].replace("\"", "\"\"")
                        + "\" ORDER BY " + order)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        List<String> values = new ArrayList<>();
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            values.add(meta.getColumnName(c) + "=" + literal(rs.getObject(c)));
                        }
                        out.append("  ").append(String.join(", ", values)).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Runs a plan the way drizzle-orm's migrator runs a migration file: {@code PRAGMA
     * foreign_keys=ON} on the connection, then setup, statements and guards inside one
     * transaction (rolled back when one fails; the failure names the statement).
     */
    static void applyAsMigrationFile(Path file, io.dschema.plan.Plan plan) throws SQLException {
        try (Connection connection = connect(file); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys=ON");
            statement.execute("BEGIN");
            List<String> inside = new ArrayList<>(plan.setup());
            inside.addAll(plan.statements());
            plan.guards().forEach(guard -> inside.add(guard.sql()));
            for (String sql : inside) {
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    statement.execute("ROLLBACK");
                    throw new SQLException(e.getMessage() + "\n  in: " + sql, e);
                }
            }
            statement.execute("COMMIT");
        }
    }

    static long pragma(Path file, String pragma) throws SQLException {
        try (Connection connection = connect(file); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    private static String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof String text) {
            return "'" + text.replace("'", "''") + "'";
        }
        if (value instanceof byte[] bytes) {
            StringBuilder hex = new StringBuilder("x'");
            for (byte b : bytes) {
                hex.append(String.format("%02x", b));
            }
            return hex.append("'").toString();
        }
        return value.toString();
    }
}
