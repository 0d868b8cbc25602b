package io.dschema.model;

import java.util.List;

/** The tree of an SQLite expression. Operators are kept as lower-case SQL words or symbols. */
public sealed interface Expr {

    SourceRange range();

    /** Child expressions, in source order; never null, even where a syntax error left a hole. */
    default List<Expr> children() {
        return List.of();
    }

    enum LiteralKind { INTEGER, REAL, STRING, BLOB, NULL, TRUE, FALSE, CURRENT_TIME, CURRENT_DATE, CURRENT_TIMESTAMP }

    record Literal(LiteralKind kind, String text, SourceRange range) implements Expr {
    }

    /** {@code column}, {@code table.column} or {@code schema.table.column}. */
    record ColumnRef(String schema, String table, NameRef column, SourceRange range) implements Expr {
    }

    /** A bound parameter ({@code ?}, {@code :name}): never valid in a schema, kept to say so. */
    record Parameter(String text, SourceRange range) implements Expr {
    }

    /** {@code -}, {@code +}, {@code ~}, {@code not}. */
    record Unary(String operator, Expr operand, SourceRange range) implements Expr {
        @Override public List<Expr> children() { return Exprs.present(operand); }
    }

    /** Arithmetic, bitwise, comparison ({@code =}, {@code is not}, {@code is distinct from}), {@code and}, {@code or}, {@code ||}, {@code ->}. */
    record Binary(String operator, Expr left, Expr right, SourceRange range) implements Expr {
        @Override public List<Expr> children() { return Exprs.present(left, right); }
    }

    /** {@code [not] like|glob|regexp|match pattern [escape e]}. */
    record Like(String operator, boolean not, Expr operand, Expr pattern, Expr escape, SourceRange range) implements Expr {
        @Override public List<Expr> children() {
            return Exprs.present(operand, pattern, escape);
        }
    }

    record Between(boolean not, Expr operand, Expr low, Expr high, SourceRange range) implements Expr {
        @Override public List<Expr> children() { return Exprs.present(operand, low, high); }
    }

    /** {@code [not] in (list)}, or {@code in table}; a subquery list shows as one {@link Subquery}. */
    record In(boolean not, Expr operand, List<Expr> values, NameRef table, SourceRange range) implements Expr {
        @Override public List<Expr> children() {
            List<Expr> all = new java.util.ArrayList<>(Exprs.present(operand));
            all.addAll(values);
            return all;
        }
    }

    /** {@code isnull}, {@code notnull}, {@code not null} as a postfix test. */
    record NullTest(boolean isNull, Expr operand, SourceRange range) implements Expr {
        @Override public List<Expr> children() { return Exprs.present(operand); }
    }

    record FunctionCall(NameRef name, boolean distinct, boolean star, List<Expr> arguments,
                        boolean filter, boolean over, SourceRange range) implements Expr {
        @Override public List<Expr> children() { return arguments; }
    }

    record When(Expr condition, Expr result) {
    }

    record Case(Expr operand, List<When> whens, Expr otherwise, SourceRange range) implements Expr {
        @Override public List<Expr> children() {
            List<Expr> all = new java.util.ArrayList<>();
            if (operand != null) all.add(operand);
            for (When when : whens) { all.addAll(Exprs.present(when.condition(), when.result())); }
            if (otherwise != null) all.add(otherwise);
            return all;
        }
    }

    record Cast(Expr operand, String type, SourceRange range) implements Expr {
        @Override public List<Expr> children() { return Exprs.present(operand); }
    }

    record Collate(Expr operand, String collation, SourceRange range) implements Expr {
        @Override public List<Expr> children() { return Exprs.present(operand); }
    }

    /** Parentheses around one expression, or a row value {@code (a, b)}. */
    record Parens(List<Expr> items, SourceRange range) implements Expr {
        @Override public List<Expr> children() { return items; }
    }

    /** {@code (select ...)}, {@code exists (select ...)}: never valid in a schema, kept to say so. */
    record Subquery(String sql, SourceRange range) implements Expr {
    }

    /** {@code raise(...)}: only valid in triggers, kept to say so. */
    record Raise(String sql, SourceRange range) implements Expr {
    }
}
