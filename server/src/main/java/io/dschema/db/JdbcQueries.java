package io.dschema.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link Queries} over one JDBC connection: the inspecting connection, or the write connection of
 * a running apply (then only while its transaction lasts). Every statement and result set is
 * closed before returning, so no read transaction stays open between queries.
 */
final class JdbcQueries implements Queries {

    private final Connection connection;
    private final SqliteErrors errors;

    JdbcQueries(Connection connection, SqliteErrors errors) {
        this.connection = connection;
        this.errors = errors;
    }

    @Override
    public List<Row> query(String sql, Object... parameters) throws DatabaseException {
        try {
            return run(connection, sql, parameters);
        } catch (SQLException e) {
            DatabaseException fileProblem = errors.fileProblem(e);
            if (fileProblem != null) {
                throw fileProblem;
            }
            throw new DatabaseException(DatabaseException.Kind.STATEMENT, errors.where() + ": query failed: "
                    + e.getMessage(), sql, e);
        }
    }

    static List<Row> run(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Row> rows = new ArrayList<>();
            if (!statement.execute()) {
                return rows;
            }
            try (ResultSet result = statement.getResultSet()) {
                ResultSetMetaData meta = result.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    columns.add(meta.getColumnLabel(c));
                }
                while (result.next()) {
                    List<Object> values = new ArrayList<>(columns.size());
                    for (int c = 1; c <= columns.size(); c++) {
                        values.add(normalize(result.getObject(c)));
                    }
                    rows.add(new Row(columns, values));
                }
            }
            return rows;
        }
    }

    /** Row promises Long, Double, String, byte[] or null; the driver gives Integer for small integers. */
    private static Object normalize(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        return value;
    }
}
