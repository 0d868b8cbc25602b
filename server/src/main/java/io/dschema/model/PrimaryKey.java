package io.dschema.model;

import java.util.List;

/** The primary key, declared on a column ({@code columnLevel}) or as a table member. */
public record PrimaryKey(List<IndexPart> columns, boolean autoincrement, boolean columnLevel, SourceRange range) {

    public PrimaryKey {
        columns = List.copyOf(columns);
    }

    public boolean covers(String column) {
        return columns.stream().anyMatch(part -> part.column() != null && part.column().is(column));
    }
}
