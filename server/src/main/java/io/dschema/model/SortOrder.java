package io.dschema.model;

/** The order of a key or index column; {@code NONE} when none was written (SQLite's default, ascending). */
public enum SortOrder {
    NONE, ASC, DESC
}
