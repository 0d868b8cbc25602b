package io.dschema.format;

import io.dschema.grammar.DSchemaLexer;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Every token of one parsed file (all channels, indexes as the lexer numbered them) and the
 * questions the layout asks about them. The formatter reads line breaks and comments here, since
 * the parse tree holds neither.
 */
final class SourceTokens {

    private final List<Token> tokens;

    SourceTokens(List<Token> tokens) {
        this.tokens = tokens;
    }

    Token get(int index) {
        return tokens.get(index);
    }

    int size() {
        return tokens.size();
    }

    static boolean isComment(Token token) {
        return token.getChannel() == DSchemaLexer.COMMENTS;
    }

    /** A comment that runs to the end of its line, so nothing may follow it there. */
    static boolean isLineComment(Token token) {
        return token.getType() == DSchemaLexer.LINE_COMMENT || token.getType() == DSchemaLexer.DOC_COMMENT;
    }

    /** A line break, whether NewlineFilter left it significant or hid it. */
    static boolean isNewline(Token token) {
        return token.getType() == DSchemaLexer.NEWLINE;
    }

    /** Line breaks strictly between two token indexes. */
    int newlinesBetween(int from, int to) {
        int count = 0;
        for (int i = from + 1; i < to; i++) {
            if (isNewline(tokens.get(i))) {
                count++;
            }
        }
        return count;
    }

    /**
     * Whether only blanks and member separators stand between the start of the token's line and
     * the token: such a comment is a comment of its own line, any other trails the code before it.
     */
    boolean startsLine(int index) {
        for (int i = index - 1; i >= 0; i--) {
            Token token = tokens.get(i);
            if (isNewline(token)) {
                return true;
            }
            int type = token.getType();
            if (type != DSchemaLexer.WHITESPACE && type != DSchemaLexer.SEMI && type != DSchemaLexer.COMMA) {
                return false;
            }
        }
        return true;
    }

    /** Whether nothing but blanks stands before the token on its line. */
    boolean onlyBlanksBefore(int index) {
        for (int i = index - 1; i >= 0; i--) {
            Token token = tokens.get(i);
            if (isNewline(token)) {
                return true;
            }
            if (token.getType() != DSchemaLexer.WHITESPACE) {
                return false;
            }
        }
        return true;
    }

    /** The line ending most of the file's line breaks use; {@code \n} on a tie. */
    String lineEnding() {
        int crlf = 0;
        int other = 0;
        for (Token token : tokens) {
            if (isNewline(token)) {
                if (token.getText().equals("\r\n")) {
                    crlf++;
                } else {
                    other++;
                }
            }
        }
        return crlf > other ? "\r\n" : "\n";
    }
}
