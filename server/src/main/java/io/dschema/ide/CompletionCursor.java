package io.dschema.ide;

import io.dschema.grammar.DSchemaLexer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * Where the cursor stands, read off the tokens before it with the grammar's lexer (never the
 * parser: while typing, the file is usually broken). Gives the word typed so far, whether the
 * cursor is in a table body, the table's header, and the tokens of the member being written
 * (members end at a newline, {@code ;} or {@code ,} outside parentheses, as NewlineFilter decides,
 * unless the next line starts with a continuation word).
 *
 * @param inert the cursor is inside a comment, a string, a quoted name or a number: nothing to offer
 * @param prefix the word typed so far before the cursor (empty when none)
 * @param replaceStart where that word starts (code points)
 * @param header the tokens of the table header the cursor is in or whose body it is in, from {@code table}; empty at top level
 * @param member in a body, the member's tokens before the word typed so far; empty at a member start
 */
record CompletionCursor(boolean inert, String prefix, int replaceStart, boolean inBody, List<Tok> header, List<Tok> member) {

    /** A token: its type (DSchemaLexer), text and where it starts and ends (code points, end exclusive). */
    record Tok(int type, String text, int start, int end, int column) {

        boolean is(int tokenType) {
            return type == tokenType;
        }

        /** A word: an identifier or a keyword (keywords are the lexer's first token types). */
        boolean isWord() {
            return type == DSchemaLexer.IDENTIFIER || type > 0 && type < DSchemaLexer.LBRACE;
        }

        /** A name as written, without its quotes. */
        String name() {
            if (type != DSchemaLexer.QUOTED_IDENTIFIER || text.length() < 2) {
                return text;
            }
            char open = text.charAt(0);
            char close = open == '[' ? ']' : open;
            String inner = text.substring(1, text.length() - 1);
            return open == '[' ? inner : inner.replace(String.valueOf(close) + close, String.valueOf(close));
        }
    }

    private static final Set<Integer> CONTINUATION_WORDS = Set.of(
            DSchemaLexer.REFERENCES, DSchemaLexer.ON, DSchemaLexer.WHERE, DSchemaLexer.AND,
            DSchemaLexer.OR, DSchemaLexer.COLLATE, DSchemaLexer.DEFERRABLE, DSchemaLexer.INITIALLY,
            DSchemaLexer.ASC, DSchemaLexer.DESC, DSchemaLexer.AUTOINCREMENT);

    private static final Set<Integer> INSIDE_ONLY = Set.of(
            DSchemaLexer.STRING, DSchemaLexer.QUOTED_IDENTIFIER, DSchemaLexer.BLOB, DSchemaLexer.BLOCK_COMMENT);

    private static final Set<Integer> TO_THE_END = Set.of(
            DSchemaLexer.LINE_COMMENT, DSchemaLexer.DOC_COMMENT, DSchemaLexer.UNTERMINATED_STRING,
            DSchemaLexer.UNTERMINATED_QUOTED, DSchemaLexer.NUMBER, DSchemaLexer.HEX_NUMBER);

    /** The cursor at {@code offset} (code points, already checked to be within the text). */
    static CompletionCursor at(String text, int offset) {
        List<Tok> tokens = lex(text);
        String prefix = "";
        int replaceStart = offset;
        for (Tok token : tokens) {
            if (token.start() >= offset) {
                break;
            }
            boolean inside = offset < token.end();
            boolean atEnd = offset == token.end();
            if (INSIDE_ONLY.contains(token.type()) && inside
                    || token.is(DSchemaLexer.BLOCK_COMMENT) && atEnd && !token.text().endsWith("*/")
                    || TO_THE_END.contains(token.type()) && (inside || atEnd)) {
                return new CompletionCursor(true, "", offset, false, List.of(), List.of());
            }
            if (token.isWord() && (inside || atEnd)) {
                prefix = token.text().substring(0, token.text().offsetByCodePoints(0, offset - token.start()));
                replaceStart = token.start();
            }
        }
        return structure(tokens, replaceStart, prefix);
    }

    private static CompletionCursor structure(List<Tok> tokens, int replaceStart, String prefix) {
        List<Tok> header = new ArrayList<>();
        List<Tok> member = new ArrayList<>();
        boolean inBody = false;
        boolean pendingNewline = false;
        int depth = 0;
        for (Tok token : tokens) {
            if (token.end() > replaceStart) {
                break;
            }
            if (token.is(DSchemaLexer.LINE_COMMENT) || token.is(DSchemaLexer.DOC_COMMENT) || token.is(DSchemaLexer.BLOCK_COMMENT)) {
                continue;
            }
            if (!inBody) {
                if (token.is(DSchemaLexer.TABLE)) {
                    header = new ArrayList<>(List.of(token));
                } else if (token.is(DSchemaLexer.LBRACE) && !header.isEmpty()) {
                    inBody = true;
                    member = new ArrayList<>();
                    depth = 0;
                    pendingNewline = false;
                } else if (!header.isEmpty() && !token.is(DSchemaLexer.NEWLINE)) {
                    header.add(token);
                }
                continue;
            }
            if (token.is(DSchemaLexer.NEWLINE)) {
                pendingNewline = !member.isEmpty();
                continue;
            }
            if (pendingNewline) {
                pendingNewline = false;
                boolean continues = depth > 0 ? token.column() > member.get(0).column() || token.is(DSchemaLexer.RPAREN)
                        : CONTINUATION_WORDS.contains(token.type());
                if (!continues) {
                    member = new ArrayList<>();
                    depth = 0;
                }
            }
            if (depth == 0 && token.is(DSchemaLexer.RBRACE)) {
                inBody = false;
                header = new ArrayList<>();
                continue;
            }
            if (depth == 0 && member.isEmpty() && token.is(DSchemaLexer.TABLE)) {
                // a body left open: the next table starts here
                inBody = false;
                header = new ArrayList<>(List.of(token));
                continue;
            }
            if (depth == 0 && (token.is(DSchemaLexer.SEMI) || token.is(DSchemaLexer.COMMA))) {
                member = new ArrayList<>();
                continue;
            }
            if (token.is(DSchemaLexer.LPAREN)) {
                depth++;
            } else if (token.is(DSchemaLexer.RPAREN) && depth > 0) {
                depth--;
            }
            member.add(token);
        }
        if (pendingNewline) {
            member = new ArrayList<>();
        }
        return new CompletionCursor(false, prefix, replaceStart, inBody, header, member);
    }

    private static List<Tok> lex(String text) {
        DSchemaLexer lexer = new DSchemaLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<Tok> tokens = new ArrayList<>();
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            tokens.add(new Tok(token.getType(), token.getText(), token.getStartIndex(), token.getStopIndex() + 1,
                    token.getCharPositionInLine()));
        }
        return tokens;
    }
}
