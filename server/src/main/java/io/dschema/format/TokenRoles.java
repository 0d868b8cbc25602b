package io.dschema.format;

import io.dschema.grammar.DSchemaLexer;
import io.dschema.grammar.DSchemaParser;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.Locale;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * What the parse tree says about single tokens, which the token stream alone cannot: whether a
 * keyword is used as a name (and so keeps its spelling), whether a parenthesis belongs to a call
 * ({@code f(x)}, {@code varchar(10)}, {@code references t(id)}: written without a space), and
 * whether an operator is unary ({@code -1}: no space after it).
 */
final class TokenRoles {

    private static final BitSet KEYWORDS = keywordTypes();

    private final BitSet keepSpelling = new BitSet();
    private final BitSet tightParens = new BitSet();
    private final BitSet unaryOperators = new BitSet();

    private TokenRoles() {
    }

    static TokenRoles of(ParseTree tree) {
        TokenRoles roles = new TokenRoles();
        roles.walk(tree);
        return roles;
    }

    /** The token as the formatter writes it: keywords in lower case, everything else as written. */
    String text(Token token) {
        if (KEYWORDS.get(token.getType()) && !keepSpelling.get(token.getTokenIndex())) {
            return token.getText().toLowerCase(Locale.ROOT);
        }
        return token.getText();
    }

    boolean isTightParen(Token token) {
        return tightParens.get(token.getTokenIndex());
    }

    boolean isUnaryOperator(Token token) {
        return unaryOperators.get(token.getTokenIndex());
    }

    static boolean isKeyword(int tokenType) {
        return tokenType > 0 && KEYWORDS.get(tokenType);
    }

    /** Iterative, since expressions such as a + b + c + ... nest as deep as they are long. */
    private void walk(ParseTree root) {
        Deque<ParseTree> nodes = new ArrayDeque<>();
        Deque<Boolean> inName = new ArrayDeque<>();
        nodes.push(root);
        inName.push(false);
        while (!nodes.isEmpty()) {
            ParseTree node = nodes.pop();
            boolean name = inName.pop();
            if (node instanceof TerminalNode terminal) {
                if (name) {
                    keepSpelling.set(terminal.getSymbol().getTokenIndex());
                }
                continue;
            }
            mark(node);
            boolean childrenInName = name || isName(node);
            for (int i = node.getChildCount() - 1; i >= 0; i--) {
                nodes.push(node.getChild(i));
                inName.push(childrenInName);
            }
        }
    }

    private static boolean isName(ParseTree node) {
        return node instanceof DSchemaParser.NameContext
                || node instanceof DSchemaParser.DeclNameContext
                || node instanceof DSchemaParser.TypeWordContext
                || node instanceof DSchemaParser.FunctionNameContext;
    }

    /**
     * Recognised by shape and rule names rather than by the labels of expression alternatives, so
     * that regrouping the expression rules (precedence levels) does not silently change spacing.
     */
    private void mark(ParseTree node) {
        for (int i = 0; i < node.getChildCount(); i++) {
            if (!(node.getChild(i) instanceof TerminalNode terminal)) {
                continue;
            }
            int type = terminal.getSymbol().getType();
            if (type == DSchemaLexer.LPAREN && i > 0 && opensCall(node, node.getChild(i - 1))) {
                tightParens.set(terminal.getSymbol().getTokenIndex());
            }
            // An operator in first place has its operand after it: -x, +1, ~x. A binary operator
            // always stands between its operands.
            boolean sign = type == DSchemaLexer.MINUS || type == DSchemaLexer.PLUS || type == DSchemaLexer.TILDE;
            if (sign && i == 0 && node.getChildCount() == 2) {
                unaryOperators.set(terminal.getSymbol().getTokenIndex());
            }
        }
    }

    /** f(...), cast(...), raise(...), varchar(10), references t(id). */
    private static boolean opensCall(ParseTree parent, ParseTree before) {
        if (before instanceof DSchemaParser.FunctionNameContext || before instanceof DSchemaParser.TypeWordContext) {
            return true;
        }
        if (before instanceof TerminalNode word) {
            int type = word.getSymbol().getType();
            return type == DSchemaLexer.CAST || type == DSchemaLexer.RAISE;
        }
        return before instanceof DSchemaParser.DeclNameContext && parent instanceof DSchemaParser.ForeignKeyClauseContext;
    }

    /** Token types whose literal is a word: the keywords, in every spelling the lexer accepts. */
    private static BitSet keywordTypes() {
        BitSet keywords = new BitSet();
        Vocabulary vocabulary = DSchemaLexer.VOCABULARY;
        for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
            String literal = vocabulary.getLiteralName(type);
            if (literal != null && literal.matches("'[A-Za-z_]+'")) {
                keywords.set(type);
            }
        }
        return keywords;
    }
}
