package io.dschema.model;

import java.util.List;

/**
 * An index. Column {@code unique} and table {@code unique (...)} are unique indexes too, named as
 * drizzle-kit names them ({@code <table>_<col>[_<col>]*_unique}) unless a name is written.
 *
 * @param where the partial index condition, or null
 */
public record Index(
        String name,
        boolean unique,
        List<IndexPart> parts,
        Expression where,
        Origin origin,
        String doc,
        SourceRange range,
        SourceRange nameRange) {

    /** Where the index was declared. */
    public enum Origin {
        /** {@code [unique] index NAME on (...)}. */
        INDEX,
        /** A column's {@code unique}. */
        COLUMN_UNIQUE,
        /** A table's {@code unique [NAME] (...)}. */
        TABLE_UNIQUE
    }

    public Index {
        parts = List.copyOf(parts);
    }

    /** The derived name of a unique constraint on these columns. */
    public static String derivedUniqueName(String table, List<String> columns) {
        return table + "_" + String.join("_", columns) + "_unique";
    }
}
