package io.dschema.format;

import io.dschema.grammar.DSchemaLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Writes a run of tokens (one member, or a part of one) as text lines: tokens spaced by
 * {@link Spacing}, keywords in lower case, comments kept in place. The user's line breaks inside
 * the run are kept (several in a row count as one) and nothing else breaks a line, so a member that
 * was wrapped stays wrapped the same way, and formatting it again changes nothing.
 */
final class RunRenderer {

    private final SourceTokens tokens;
    private final TokenRoles roles;
    private final Spacing spacing;
    private final String lineEnding;

    RunRenderer(SourceTokens tokens, TokenRoles roles, String lineEnding) {
        this.tokens = tokens;
        this.roles = roles;
        this.spacing = new Spacing(roles);
        this.lineEnding = lineEnding;
    }

    List<String> render(ParserRuleContext context) {
        return render(context.getStart().getTokenIndex(), context.getStop().getTokenIndex());
    }

    /** Tokens {@code first..last}, both included; one string per output line, without indentation. */
    List<String> render(int first, int last) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        Token previous = null;
        boolean afterComment = false;
        boolean breakPending = false;
        for (int i = first; i <= last; i++) {
            Token token = tokens.get(i);
            if (SourceTokens.isNewline(token)) {
                breakPending |= line.length() > 0;
                continue;
            }
            boolean comment = SourceTokens.isComment(token);
            if (!comment && token.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            if (breakPending) {
                lines.add(line.toString());
                line.setLength(0);
                breakPending = false;
            }
            if (line.length() > 0) {
                line.append(gap(previous, afterComment, token, comment));
            }
            if (comment) {
                line.append(CommentText.normalise(token.getText(), lineEnding));
                breakPending = SourceTokens.isLineComment(token);
            } else {
                line.append(roles.text(token));
                previous = token;
            }
            afterComment = comment;
        }
        lines.add(line.toString());
        return lines;
    }

    /** A comment keeps one space from its neighbours, none from a parenthesis around it or a comma after it. */
    private String gap(Token previous, boolean afterComment, Token next, boolean nextIsComment) {
        if (nextIsComment) {
            return !afterComment && previous.getType() == DSchemaLexer.LPAREN ? "" : " ";
        }
        if (afterComment) {
            return next.getType() == DSchemaLexer.RPAREN || next.getType() == DSchemaLexer.COMMA ? "" : " ";
        }
        return spacing.between(previous, next);
    }
}
