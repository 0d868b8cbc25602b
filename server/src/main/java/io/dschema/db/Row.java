package io.dschema.db;

import java.util.List;

/** One row of a query result: values as SQLite returns them (Long, Double, String, byte[] or null). */
public record Row(List<String> columns, List<Object> values) {

    public Row {
        columns = List.copyOf(columns);
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }

    public Object get(int index) {
        return values.get(index);
    }

    public Object get(String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + columns);
        }
        return values.get(index);
    }

    public String string(String column) {
        Object value = get(column);
        return value == null ? null : value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : value.toString();
    }

    public long longValue(String column) {
        Object value = get(column);
        return value instanceof Number number ? number.longValue() : value == null ? 0 : Long.parseLong(value.toString());
    }
}
