package io.dschema.model;

/**
 * A column default: a literal ({@code default 0}, {@code default 'x'}, {@code default current_timestamp})
 * or a parenthesised expression ({@code default (unixepoch())}).
 */
public record DefaultValue(Expression expression, boolean parenthesized) {
}
