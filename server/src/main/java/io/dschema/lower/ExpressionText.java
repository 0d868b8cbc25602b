package io.dschema.lower;

import io.dschema.grammar.DSchemaLexer;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * The SQL text of a span of tokens: each token as written, one space wherever the source had
 * whitespace, a line break or a comment. Comments are dropped: SQLite keeps them in sqlite_master,
 * but a schema's comments belong to the schema file, not to the database.
 */
final class ExpressionText {

    private ExpressionText() {
    }

    static String of(TokenStream tokens, ParserRuleContext context) {
        Token start = context.getStart();
        Token stop = context.getStop();
        if (start == null || stop == null || stop.getTokenIndex() < start.getTokenIndex()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        Token previous = null;
        for (int i = start.getTokenIndex(); i <= stop.getTokenIndex(); i++) {
            Token token = tokens.get(i);
            if (token.getChannel() != Token.DEFAULT_CHANNEL || token.getType() == DSchemaLexer.NEWLINE) {
                continue;
            }
            // Whitespace is not a token: a gap in the offsets is where the source had some (or a comment).
            if (previous != null && token.getStartIndex() > previous.getStopIndex() + 1) {
                text.append(' ');
            }
            text.append(token.getText());
            previous = token;
        }
        return text.toString();
    }
}
