package io.dschema.model;

/**
 * An SQL expression as written in a schema: its tree (for the checks, completion and rename) and
 * its text, the source tokens joined with single spaces where the source had whitespace or
 * comments. SQL is rendered from the text, never re-printed from the tree, so what SQLite runs is
 * exactly what the user wrote.
 */
public record Expression(Expr tree, String sql, SourceRange range) {
}
