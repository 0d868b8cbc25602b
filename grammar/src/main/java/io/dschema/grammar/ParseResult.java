package io.dschema.grammar;

import java.util.List;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * What parsing gives back, whatever the input: a tree (partial where the input is broken), every
 * token (comments and newlines included, on their channels) and the syntax errors, in text order.
 */
public record ParseResult<T extends ParserRuleContext>(T tree, CommonTokenStream tokens, List<SyntaxError> errors) {

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
