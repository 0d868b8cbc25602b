package io.dschema.grammar;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;

/** How tokens and token types read in error messages: {@code 'null'}, "a name", "end of line". */
final class TokenNames {

    private TokenNames() {
    }

    static String describeType(int type) {
        return switch (type) {
            case Token.EOF -> "end of file";
            case DSchemaLexer.NEWLINE -> "end of line";
            case DSchemaLexer.IDENTIFIER, DSchemaLexer.QUOTED_IDENTIFIER -> "a name";
            case DSchemaLexer.NUMBER, DSchemaLexer.HEX_NUMBER -> "a number";
            case DSchemaLexer.STRING -> "a string";
            case DSchemaLexer.BLOB -> "a blob";
            case DSchemaLexer.PARAMETER -> "a parameter";
            default -> {
                Vocabulary vocabulary = DSchemaLexer.VOCABULARY;
                String literal = vocabulary.getLiteralName(type);
                yield literal != null ? literal : vocabulary.getDisplayName(type);
            }
        };
    }

    static String describe(Token token) {
        return switch (token.getType()) {
            case Token.EOF -> "end of file";
            case DSchemaLexer.NEWLINE -> "end of line";
            default -> "'" + shorten(token.getText()) + "'";
        };
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 40 ? oneLine.substring(0, 37) + "..." : oneLine;
    }
}
