package io.dschema.lower;

import io.dschema.grammar.DSchemaParser;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNodeImpl;

/** The texts of names and types in a parse tree. */
final class Names {

    private Names() {
    }

    /** The name a name node stands for, unquoted; empty for a node a syntax error left empty. */
    static String text(LineIndex source, ParserRuleContext name) {
        return name == null ? "" : Identifiers.unquote(source.tokenText(name));
    }

    /** A type as one string: words one space apart, then the size: {@code decimal(10, 2)}. */
    static String typeText(LineIndex source, DSchemaParser.TypeNameContext type) {
        List<ParseTree> children = type.children;
        if (children == null) {
            return "";
        }
        // One pass over the children: the words, the sizes, whether the size's ')' is there.
        DSchemaParser.TypeWordContext single = null;
        int words = 0;
        int sizes = 0;
        boolean closed = false;
        for (int i = 0, n = children.size(); i < n; i++) {
            Object child = children.get(i);
            if (child instanceof DSchemaParser.TypeWordContext word) {
                single = words++ == 0 ? word : null;
            } else if (child instanceof DSchemaParser.SignedNumberContext) {
                sizes++;
            } else if (!closed && child instanceof TerminalNodeImpl terminal
                    && terminal.symbol.getType() == DSchemaParser.RPAREN) {
                closed = true;
            }
        }
        boolean sized = sizes > 0 && closed;
        if (single != null && !sized) {
            return Identifiers.unquote(source.tokenText(single)); // the usual type: one word
        }
        StringBuilder text = new StringBuilder(24);
        boolean first = true;
        for (int i = 0, n = children.size(); i < n; i++) {
            if (children.get(i) instanceof DSchemaParser.TypeWordContext word) {
                if (!first) {
                    text.append(' ');
                }
                first = false;
                text.append(Identifiers.unquote(source.tokenText(word)));
            }
        }
        if (sized) {
            text.append('(');
            boolean firstSize = true;
            for (int i = 0, n = children.size(); i < n; i++) {
                if (children.get(i) instanceof DSchemaParser.SignedNumberContext size) {
                    text.append(firstSize ? "" : ", ").append(source.nodeText(size));
                    firstSize = false;
                }
            }
            text.append(')');
        }
        return text.toString();
    }
}
