package io.dschema.format;

import io.dschema.grammar.DSchemaLexer;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * The gap between two tokens on one line: one space, or none after {@code (}, before {@code )} and
 * {@code ,}, around {@code .}, before a call's parenthesis and after a unary operator.
 */
final class Spacing {

    private final TokenRoles roles;

    Spacing(TokenRoles roles) {
        this.roles = roles;
    }

    String between(Token left, Token right) {
        if (!tight(left, right)) {
            return " ";
        }
        // Two tokens written together must still lex as the same two: "-" then "-1" would
        // otherwise become a "--" comment.
        return lexesApart(roles.text(left), roles.text(right)) ? "" : " ";
    }

    private boolean tight(Token left, Token right) {
        int l = left.getType();
        int r = right.getType();
        if (l == DSchemaLexer.LPAREN || r == DSchemaLexer.RPAREN || r == DSchemaLexer.COMMA) {
            return true;
        }
        if (l == DSchemaLexer.COMMA) {
            return false;
        }
        if (l == DSchemaLexer.DOT || r == DSchemaLexer.DOT) {
            return true;
        }
        if (roles.isUnaryOperator(left)) {
            return true;
        }
        return r == DSchemaLexer.LPAREN && roles.isTightParen(right);
    }

    static boolean lexesApart(String left, String right) {
        DSchemaLexer lexer = new DSchemaLexer(CharStreams.fromString(left + right));
        lexer.removeErrorListeners();
        Token first = lexer.nextToken();
        Token second = lexer.nextToken();
        return first.getText().equals(left) && second.getText().equals(right)
                && lexer.nextToken().getType() == Token.EOF;
    }
}
