package io.dschema.grammar;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * A readable, stable rendering of a parse tree for golden files: one rule per line, indented by two
 * spaces per level, followed by its tokens.
 *
 * <ul>
 *   <li>A rule is named as ANTLR's context class: its rule name, or the label of its alternative
 *       ({@code primaryKeyConstraint}, {@code binaryExpr}).</li>
 *   <li>A chain of rules with one child each shares one line: {@code declName > name: users}.</li>
 *   <li>A rule whose children are all tokens lists them on its own line: {@code notNullConstraint: not null}.</li>
 *   <li>Tokens are shown by their text; a significant newline is {@code NEWLINE}, the end of the input
 *       {@code EOF}, a token conjured by error recovery {@code <missing ...>}, a token skipped by error
 *       recovery {@code !skipped(text)}.</li>
 *   <li>Comments (doc comments included) are shown as {@code #comment text} lines right before the line
 *       of the token they precede, so a comment's place in the token stream is part of the golden.</li>
 * </ul>
 * No positions are printed: the error goldens carry those, and the trees stay stable under
 * unrelated edits.
 */
final class TreePrinter {

    private final BufferedTokenStream tokens;
    private final StringBuilder out = new StringBuilder();

    private TreePrinter(BufferedTokenStream tokens) {
        this.tokens = tokens;
    }

    /** Renders {@code tree}; {@code tokens} (may be null) supplies the comments. */
    static String render(ParseTree tree, BufferedTokenStream tokens) {
        TreePrinter printer = new TreePrinter(tokens);
        printer.node(tree, 0);
        return printer.out.toString();
    }

    private void node(ParseTree tree, int depth) {
        if (!(tree instanceof ParserRuleContext)) {
            line(depth, token(tree), List.of(tree));
            return;
        }
        StringBuilder head = new StringBuilder(ruleName(tree));
        ParseTree current = tree;
        while (current.getChildCount() == 1 && current.getChild(0) instanceof ParserRuleContext child) {
            head.append(" > ").append(ruleName(child));
            current = child;
        }
        if (current.getChildCount() == 0) {
            line(depth, head + " (empty)", List.of());
            return;
        }
        List<ParseTree> children = new ArrayList<>();
        for (int i = 0; i < current.getChildCount(); i++) {
            children.add(current.getChild(i));
        }
        if (children.stream().noneMatch(c -> c instanceof ParserRuleContext)) {
            List<String> texts = children.stream().map(TreePrinter::token).toList();
            line(depth, head + ": " + String.join(" ", texts), children);
            return;
        }
        line(depth, head.toString(), List.of());
        for (ParseTree child : children) {
            node(child, depth + 1);
        }
    }

    private void line(int depth, String text, List<ParseTree> terminals) {
        String indent = "  ".repeat(depth);
        for (ParseTree terminal : terminals) {
            for (String comment : commentsBefore(terminal)) {
                out.append(indent).append("#comment ").append(escape(comment)).append('\n');
            }
        }
        out.append(indent).append(text).append('\n');
    }

    private List<String> commentsBefore(ParseTree terminal) {
        if (tokens == null || !(terminal instanceof TerminalNode node) || node instanceof ErrorNode) {
            return List.of();
        }
        int index = node.getSymbol().getTokenIndex();
        if (index < 0) {
            return List.of();
        }
        List<Token> hidden = tokens.getHiddenTokensToLeft(index, DSchemaLexer.COMMENTS);
        return hidden == null ? List.of() : hidden.stream().map(Token::getText).toList();
    }

    static String ruleName(ParseTree rule) {
        String simple = rule.getClass().getSimpleName();
        String base = simple.endsWith("Context") ? simple.substring(0, simple.length() - "Context".length()) : simple;
        return Character.toLowerCase(base.charAt(0)) + base.substring(1);
    }

    private static String token(ParseTree tree) {
        Token symbol = ((TerminalNode) tree).getSymbol();
        String text;
        if (symbol.getType() == Token.EOF) {
            text = "EOF";
        } else if (symbol.getType() == DSchemaLexer.NEWLINE) {
            text = "NEWLINE";
        } else {
            text = escape(symbol.getText());
        }
        if (tree instanceof ErrorNode && symbol.getTokenIndex() >= 0) {
            // A real token the parser skipped while recovering (conjured tokens have no index and
            // already read "<missing ...>").
            return "!skipped(" + text + ")";
        }
        return text;
    }

    private static String escape(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }
}
