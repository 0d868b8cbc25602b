package io.dschema.grammar;

/**
 * One syntax error. Lines and columns are 1-based and count code points; offsets are code point
 * offsets into the text, {@code end} exclusive.
 */
public record SyntaxError(Kind kind, String message, int line, int column, int start, int end) {

    /** What went wrong, so that callers can give each kind its own diagnostic code. */
    public enum Kind {
        /** The tokens do not form the language. */
        UNEXPECTED_TOKEN,
        /** A character that starts no token. */
        UNEXPECTED_CHARACTER,
        /** A string without its closing quote on the same line. */
        UNTERMINATED_STRING,
        /** A quoted name without its closing quote, backtick or bracket on the same line. */
        UNTERMINATED_NAME,
        /** A block comment without its closing star-slash. */
        UNTERMINATED_COMMENT
    }
}
