package io.dschema.lower;

import io.dschema.grammar.DSchemaParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;

/** The texts of names and types in a parse tree. */
final class Names {

    private Names() {
    }

    /** The name a name node stands for, unquoted; empty for a node a syntax error left empty. */
    static String text(ParserRuleContext name) {
        return name == null ? "" : Identifiers.unquote(name.getText());
    }

    /** A type as one string: words one space apart, then the size: {@code decimal(10, 2)}. */
    static String typeText(DSchemaParser.TypeNameContext type) {
        List<String> words = new ArrayList<>();
        for (DSchemaParser.TypeWordContext word : type.typeWord()) {
            words.add(Identifiers.unquote(word.getText()));
        }
        StringBuilder text = new StringBuilder(String.join(" ", words));
        List<DSchemaParser.SignedNumberContext> sizes = type.signedNumber();
        if (!sizes.isEmpty() && type.RPAREN() != null) {
            List<String> numbers = new ArrayList<>();
            for (DSchemaParser.SignedNumberContext size : sizes) {
                numbers.add(size.getText());
            }
            text.append('(').append(String.join(", ", numbers)).append(')');
        }
        return text.toString();
    }
}
