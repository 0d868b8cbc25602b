package io.dschema.pull;

import io.dschema.grammar.DSchemaLexer;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/** The tokens of a stored statement that mean something: the default channel (comments are not), without line breaks. */
final class StatementTokens {

    private StatementTokens() {
    }

    static List<Token> of(String sql) {
        DSchemaLexer lexer = new DSchemaLexer(CharStreams.fromString(sql));
        lexer.removeErrorListeners();
        List<Token> tokens = new ArrayList<>();
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            if (token.getChannel() == Token.DEFAULT_CHANNEL && token.getType() != DSchemaLexer.NEWLINE) {
                tokens.add(token);
            }
        }
        return tokens;
    }
}
