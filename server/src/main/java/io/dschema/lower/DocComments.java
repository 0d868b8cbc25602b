package io.dschema.lower;

import io.dschema.grammar.DSchemaLexer;
import java.util.ArrayDeque;
import java.util.Deque;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * Finds the {@code ///} lines directly above a declaration: consecutive doc comment lines, each
 * alone on its line, with nothing but whitespace between them and the declaration. A blank line or any other token ends
 * the search, so a doc comment never attaches to something further down.
 */
final class DocComments {

    private DocComments() {
    }

    /** The doc text (slashes and one following space removed, lines joined by \n), or null. */
    static String above(TokenStream tokens, Token first) {
        if (first == null) {
            return null;
        }
        // Most declarations have no doc: unless the token above, past line breaks, is a doc comment,
        // that is the answer, without collecting anything.
        int i = first.getTokenIndex() - 1;
        while (i >= 0) {
            int type = tokens.get(i).getType();
            if (type != DSchemaLexer.NEWLINE && type != DSchemaLexer.WHITESPACE) {
                break;
            }
            i--;
        }
        if (i < 0 || tokens.get(i).getType() != DSchemaLexer.DOC_COMMENT) {
            return null;
        }
        Deque<String> lines = new ArrayDeque<>();
        int newlines = 0;
        for (i = first.getTokenIndex() - 1; i >= 0; i--) {
            Token token = tokens.get(i);
            int type = token.getType();
            if (type == DSchemaLexer.WHITESPACE) {
                continue;
            }
            if (type == DSchemaLexer.NEWLINE) {
                if (++newlines > 1) {
                    break;
                }
                continue;
            }
            if (type == DSchemaLexer.DOC_COMMENT) {
                if (!startsLine(tokens, i)) {
                    break; // a /// after code on its line documents nothing
                }
                lines.addFirst(strip(token.getText()));
                newlines = 0;
                continue;
            }
            break;
        }
        if (lines.isEmpty()) {
            return null;
        }
        return lines.size() == 1 ? lines.getFirst() : String.join("\n", lines);
    }

    private static boolean startsLine(TokenStream tokens, int index) {
        for (int i = index - 1; i >= 0; i--) {
            int type = tokens.get(i).getType();
            if (type == DSchemaLexer.NEWLINE) {
                return true;
            }
            if (type != DSchemaLexer.WHITESPACE) {
                return false;
            }
        }
        return true;
    }

    private static String strip(String comment) {
        String text = comment.substring(3);
        return (text.startsWith(" ") ? text.substring(1) : text).stripTrailing();
    }
}
