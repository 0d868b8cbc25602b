package io.dschema.diff;

import io.dschema.analysis.Affinity;
import io.dschema.model.DefaultValue;
import io.dschema.model.Expr;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A column default as compared: the value SQLite would store, under the column's affinity.
 * <ul>
 *   <li>no default, {@code default null} and {@code default (null)}: none ("");</li>
 *   <li>parentheses around one item are nothing ({@code (0)} = {@code 0},
 *       {@code (CURRENT_TIMESTAMP)} = {@code current_timestamp}); keywords in any case;
 *       {@code true}/{@code false} = {@code 1}/{@code 0}; a sign on a number is part of it;</li>
 *   <li>INTEGER, REAL, NUMERIC affinity: a number, or a string that reads as one, is its numeric
 *       value ({@code 0} = {@code '0'} = {@code 0.0} = {@code +0}); any other string is itself;</li>
 *   <li>TEXT affinity: a number is the text SQLite stores for it ({@code 0} = {@code '0'},
 *       {@code +1} = {@code '1'}, but {@code 0} != {@code 0.0}, which is stored as {@code '0.0'});</li>
 *   <li>BLOB affinity (no type, strict {@code any}): nothing converts, so the storage class counts
 *       ({@code 0} != {@code '0'}, {@code 0} != {@code 0.0}, {@code +1} = {@code 1});</li>
 *   <li>anything else compares by its {@link CanonicalExpr canonical expression}.</li>
 * </ul>
 */
final class CanonicalDefault {

    private CanonicalDefault() {
    }

    static String of(DefaultValue value, Affinity affinity, ExprScope scope) {
        if (value == null || value.expression() == null) {
            return "";
        }
        Expr expr = CanonicalExpr.unwrap(value.expression().tree());
        if (expr instanceof Expr.Literal literal) {
            return literal(literal.kind(), literal.text(), affinity);
        }
        if (expr instanceof Expr.Unary unary && (unary.operator().equals("-") || unary.operator().equals("+"))
                && CanonicalExpr.unwrap(unary.operand()) instanceof Expr.Literal literal
                && (literal.kind() == Expr.LiteralKind.INTEGER || literal.kind() == Expr.LiteralKind.REAL)) {
            return literal(literal.kind(), unary.operator() + literal.text(), affinity);
        }
        if (expr instanceof Expr.ColumnRef ref && ref.table() == null) {
            return text(ref.column().name(), affinity); // a double-quoted string: SQLite took it as one
        }
        return "expr:" + CanonicalExpr.of(expr, scope);
    }

    private static String literal(Expr.LiteralKind kind, String text, Affinity affinity) {
        return switch (kind) {
            case NULL -> "";
            case TRUE -> number(BigDecimal.ONE, true, affinity);
            case FALSE -> number(BigDecimal.ZERO, true, affinity);
            case INTEGER, REAL -> {
                BigDecimal number = parse(text);
                yield number == null ? "expr:" + text.toLowerCase(java.util.Locale.ROOT)
                        : number(number, kind == Expr.LiteralKind.INTEGER, affinity);
            }
            case STRING -> text(unquote(text), affinity);
            case BLOB -> "blob:" + text.toLowerCase(java.util.Locale.ROOT);
            case CURRENT_TIME -> "current_time";
            case CURRENT_DATE -> "current_date";
            case CURRENT_TIMESTAMP -> "current_timestamp";
        };
    }

    /** A string default: a number where the affinity converts it to one. */
    private static String text(String text, Affinity affinity) {
        if (affinity == Affinity.INTEGER || affinity == Affinity.REAL || affinity == Affinity.NUMERIC) {
            String trimmed = text.trim();
            if (!trimmed.isEmpty() && !trimmed.startsWith("0x") && !trimmed.startsWith("0X")) {
                BigDecimal number = parse(trimmed);
                if (number != null) {
                    return number(number, false, affinity);
                }
            }
        }
        return "text:" + text;
    }

    private static String number(BigDecimal value, boolean integer, Affinity affinity) {
        return switch (affinity) {
            case INTEGER, REAL, NUMERIC -> "number:" + plain(value);
            case TEXT -> "text:" + (integer ? value.toBigInteger().toString() : realText(value));
            case BLOB -> (integer ? "integer:" : "real:") + plain(value);
        };
    }

    /** The text SQLite stores for a REAL converted to TEXT: integral values keep a {@code .0}. */
    private static String realText(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.abs().compareTo(new BigDecimal("1e15")) < 0) {
            return stripped.toBigInteger() + ".0";
        }
        return plain(value);
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.signum() == 0 ? "0" : stripped.toPlainString();
    }

    /** A decimal or hex number with an optional sign, or null when it is not one. */
    static BigDecimal parse(String text) {
        String digits = text;
        boolean negative = false;
        if (digits.startsWith("+") || digits.startsWith("-")) {
            negative = digits.startsWith("-");
            digits = digits.substring(1);
        }
        try {
            BigDecimal value;
            if (digits.startsWith("0x") || digits.startsWith("0X")) {
                value = new BigDecimal(new BigInteger(digits.substring(2), 16));
            } else {
                if (digits.isEmpty() || digits.startsWith("+") || digits.startsWith("-")) {
                    return null;
                }
                value = new BigDecimal(digits);
            }
            return negative ? value.negate() : value;
        } catch (NumberFormatException | ArithmeticException notANumber) {
            return null;
        }
    }

    private static String unquote(String quoted) {
        if (quoted.length() >= 2 && quoted.startsWith("'") && quoted.endsWith("'")) {
            return quoted.substring(1, quoted.length() - 1).replace("''", "'");
        }
        return quoted;
    }
}
