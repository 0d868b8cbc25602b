package io.dschema.db;

import java.util.List;

/** Read queries on a database, or on the connection of a running transaction. */
public interface Queries {

    /** Runs one statement with positional {@code ?} parameters and returns every row. */
    List<Row> query(String sql, Object... parameters) throws DatabaseException;

    /** The single integer the query returns (a count). */
    default long count(String sql, Object... parameters) throws DatabaseException {
        List<Row> rows = query(sql, parameters);
        if (rows.isEmpty() || rows.get(0).values().isEmpty()) {
            return 0;
        }
        Object value = rows.get(0).get(0);
        return value instanceof Number number ? number.longValue() : value == null ? 0 : Long.parseLong(value.toString());
    }
}
