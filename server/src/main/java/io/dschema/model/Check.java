package io.dschema.model;

/**
 * A check constraint.
 *
 * @param name null when unnamed
 * @param column the column it was written on, or null for a table member
 */
public record Check(String name, Expression expression, String column, SourceRange range) {
}
