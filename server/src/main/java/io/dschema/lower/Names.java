package io.dschema.lower;

import io.dschema.grammar.DSchemaParser;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/** The texts of names and types in a parse tree. */
final class Names {

    private Names() {
    }

    /** The name a name node stands for, unquoted; empty for a node a syntax error left empty. */
    static String text(ParserRuleContext name) {
        return name == null ? "" : Identifiers.unquote(nodeText(name));
    }

    /** A type as one string: words one space apart, then the size: {@code decimal(10, 2)}. */
    static String typeText(DSchemaParser.TypeNameContext type) {
        StringBuilder text = new StringBuilder();
        boolean first = true;
        for (DSchemaParser.TypeWordContext word : type.typeWord()) {
            if (!first) {
                text.append(' ');
            }
            first = false;
            text.append(Identifiers.unquote(nodeText(word)));
        }
        List<DSchemaParser.SignedNumberContext> sizes = type.signedNumber();
        if (!sizes.isEmpty() && type.RPAREN() != null) {
            text.append('(');
            for (int i = 0; i < sizes.size(); i++) {
                text.append(i == 0 ? "" : ", ").append(sizes.get(i).getText());
            }
            text.append(')');
        }
        return text.toString();
    }

    /**
     * {@link ParseTree#getText()}, without its string builder for the usual node that holds one
     * token (a name, a type word): on large schemas that builder was a good part of lowering's garbage.
     */
    private static String nodeText(ParseTree node) {
        ParseTree single = node;
        while (single.getChildCount() == 1) {
            single = single.getChild(0);
        }
        return single.getText();
    }
}
