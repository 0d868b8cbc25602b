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

    static String of(TokenStream tokens, LineIndex source, ParserRuleContext context) {
        Token start = context.getStart();
        Token stop = context.getStop();
        if (start == null || stop == null || stop.getTokenIndex() < start.getTokenIndex()) {
            return "";
        }
        if (source.charOffsets() && writtenAsIs(tokens, source, start.getTokenIndex(), stop.getTokenIndex())) {
            return source.text(start.getStartIndex(), stop.getStopIndex() + 1);
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
            text.append(source.text(token));
            previous = token;
        }
        return text.toString();
    }

    /**
     * The usual case: every token of the span counts, and the source has at most one space between
     * two of them; then the text is the source's, cut out in one copy.
     */
    private static boolean writtenAsIs(TokenStream tokens, LineIndex source, int first, int last) {
        int end = -1;
        for (int i = first; i <= last; i++) {
            Token token = tokens.get(i);
            if (token.getChannel() != Token.DEFAULT_CHANNEL || token.getType() == DSchemaLexer.NEWLINE
                    || token.getType() == Token.EOF) {
                return false;
            }
            int startIndex = token.getStartIndex();
            if (end >= 0 && startIndex != end && (startIndex != end + 1 || source.charAt(end) != ' ')) {
                return false;
            }
            end = token.getStopIndex() + 1;
        }
        return true;
    }
}
