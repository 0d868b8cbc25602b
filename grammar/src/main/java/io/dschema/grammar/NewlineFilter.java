package io.dschema.grammar;

import java.util.ArrayDeque;
import java.util.Deque;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.WritableToken;

/**
 * Decides which newlines separate table members (docs/language.md, "Lexical rules").
 *
 * <p>A newline stays on the default channel only inside a table body ({@code { ... }}), outside any
 * parentheses, and when the next line does not start with a word that can only continue the member
 * ({@code references}, {@code on}, {@code where}, ...). Every other newline moves to the hidden
 * channel, so the parser never has to think about line breaks. Tokens are re-channelled, not
 * removed, so token indexes stay those of the lexer and the formatter still sees every line break.
 *
 * <p>An unclosed parenthesis would hide every newline after it and swallow the rest of the table;
 * a line that starts with a word no expression can hold (a member keyword, {@code table}, or a brace)
 * therefore closes all open parentheses first, so the error stays on the broken line. In recovery
 * mode (used by {@link Syntax} only for text that already failed to parse), a line that starts at or
 * left of the column where the member started, other than with {@code )}, does the same: it is
 * almost always the next member after a line missing its {@code )}.
 */
public final class NewlineFilter implements TokenSource {

    private static final boolean[] CONTINUATION_WORDS = types(
            DSchemaLexer.REFERENCES, DSchemaLexer.ON, DSchemaLexer.WHERE, DSchemaLexer.AND,
            DSchemaLexer.OR, DSchemaLexer.COLLATE, DSchemaLexer.DEFERRABLE, DSchemaLexer.INITIALLY,
            DSchemaLexer.ASC, DSchemaLexer.DESC, DSchemaLexer.AUTOINCREMENT);

    private static final boolean[] NEVER_IN_EXPRESSIONS = types(
            DSchemaLexer.TABLE, DSchemaLexer.INDEX, DSchemaLexer.UNIQUE, DSchemaLexer.PRIMARY,
            DSchemaLexer.FOREIGN, DSchemaLexer.CHECK, DSchemaLexer.LBRACE, DSchemaLexer.RBRACE);

    /** A lookup by token type (a set of boxed integers cost more than the rest of the filter). */
    private static boolean[] types(int... types) {
        boolean[] set = new boolean[DSchemaLexer.VOCABULARY.getMaxTokenType() + 1];
        for (int type : types) {
            set[type] = true;
        }
        return set;
    }

    private static boolean in(boolean[] set, int type) {
        return type >= 0 && type < set.length && set[type];
    }

    private final TokenSource lexer;
    private final boolean newlinesSeparate;
    private final boolean recovery;
    private final Deque<Token> pending = new ArrayDeque<>();
    private int braceDepth;
    private int parenDepth;
    private boolean atMemberStart;
    private int lastSignificantType = Token.INVALID_TYPE;
    private int memberColumn;

    /**
     * @param newlinesSeparate true for .dschema files; false for SQL text (CREATE statements), where
     *     no newline means anything
     * @param recovery also close open parentheses at a line indented like the member's first line
     */
    public NewlineFilter(TokenSource lexer, boolean newlinesSeparate, boolean recovery) {
        this.lexer = lexer;
        this.newlinesSeparate = newlinesSeparate;
        this.recovery = recovery;
    }

    @Override
    public Token nextToken() {
        Token token = pending.isEmpty() ? lexer.nextToken() : pending.removeFirst();
        if (token.getType() == DSchemaLexer.RBRACE && braceDepth > 0 && newlinesSeparate && !afterSeparator()) {
            // `}` on the last member's line: the member still ends with a separator, an empty newline.
            pending.addFirst(token);
            token = separatorBefore(token);
        }
        if (atMemberStart && isSignificant(token)) {
            memberColumn = token.getCharPositionInLine();
            atMemberStart = false;
        }
        switch (token.getType()) {
            case DSchemaLexer.NEWLINE -> decide(token);
            case DSchemaLexer.LPAREN -> parenDepth++;
            case DSchemaLexer.RPAREN -> parenDepth = Math.max(0, parenDepth - 1);
            case DSchemaLexer.LBRACE -> { braceDepth++; parenDepth = 0; atMemberStart = true; }
            case DSchemaLexer.RBRACE -> { braceDepth = Math.max(0, braceDepth - 1); parenDepth = 0; }
            case DSchemaLexer.SEMI, DSchemaLexer.COMMA -> atMemberStart = parenDepth == 0;
            default -> { }
        }
        if (token.getChannel() == Token.DEFAULT_CHANNEL) {
            lastSignificantType = token.getType();
        }
        return token;
    }

    private boolean afterSeparator() {
        return lastSignificantType == DSchemaLexer.NEWLINE || lastSignificantType == DSchemaLexer.SEMI
                || lastSignificantType == DSchemaLexer.COMMA || lastSignificantType == DSchemaLexer.LBRACE;
    }

    /** An empty NEWLINE token just before {@code brace}: it takes no characters, so positions stay true. */
    private Token separatorBefore(Token brace) {
        CommonToken newline = new CommonToken(brace.getTokenSource() == null ? null
                : new org.antlr.v4.runtime.misc.Pair<>(brace.getTokenSource(), brace.getInputStream()),
                DSchemaLexer.NEWLINE, Token.DEFAULT_CHANNEL, brace.getStartIndex(), brace.getStartIndex() - 1);
        newline.setText("");
        newline.setLine(brace.getLine());
        newline.setCharPositionInLine(brace.getCharPositionInLine());
        return newline;
    }

    private void decide(Token newline) {
        if (!newlinesSeparate || braceDepth == 0) {
            hide(newline);
            return;
        }
        Token next = peekSignificant();
        if (next.getType() == DSchemaLexer.TABLE) {
            // `table` cannot stand inside a body (it is reserved there): the body above lacks its `}`.
            // Closing it here keeps one missing brace from turning every later newline significant;
            // this newline still ends the member above, so the one error is the missing brace.
            braceDepth = 0;
            parenDepth = 0;
            if (afterSeparator()) {
                hide(newline);
            }
            return;
        }
        if (parenDepth > 0 && (in(NEVER_IN_EXPRESSIONS, next.getType()) || startsMemberInRecovery(next))) {
            parenDepth = 0;
        }
        if (parenDepth > 0 || in(CONTINUATION_WORDS, next.getType())) {
            hide(newline);
        } else {
            atMemberStart = true;
        }
    }

    private boolean startsMemberInRecovery(Token next) {
        return recovery && next.getType() != DSchemaLexer.RPAREN && next.getType() != Token.EOF
                && next.getCharPositionInLine() <= memberColumn;
    }

    /** The next token that is neither hidden nor a newline, buffering what it reads. */
    private Token peekSignificant() {
        for (Token seen : pending) {
            if (isSignificant(seen)) {
                return seen;
            }
        }
        while (true) {
            Token token = lexer.nextToken();
            pending.addLast(token);
            if (isSignificant(token)) {
                return token;
            }
        }
    }

    private static boolean isSignificant(Token token) {
        return token.getType() == Token.EOF
                || (token.getChannel() == Token.DEFAULT_CHANNEL && token.getType() != DSchemaLexer.NEWLINE);
    }

    private static void hide(Token newline) {
        if (newline instanceof WritableToken writable) {
            writable.setChannel(Token.HIDDEN_CHANNEL);
        }
    }

    @Override public int getLine() { return lexer.getLine(); }
    @Override public int getCharPositionInLine() { return lexer.getCharPositionInLine(); }
    @Override public CharStream getInputStream() { return lexer.getInputStream(); }
    @Override public String getSourceName() { return lexer.getSourceName(); }
    @Override public void setTokenFactory(TokenFactory<?> factory) { lexer.setTokenFactory(factory); }
    @Override public TokenFactory<?> getTokenFactory() { return lexer.getTokenFactory(); }
}
