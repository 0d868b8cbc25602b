package io.dschema.format;

import io.dschema.grammar.DSchemaParser;
import io.dschema.grammar.DSchemaParser.SchemaFileContext;
import io.dschema.grammar.DSchemaParser.TableDeclContext;
import io.dschema.grammar.DSchemaParser.TableHeaderItemContext;
import io.dschema.grammar.ParseResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Two files mean the same when their tokens on the default channel are the same, table by table,
 * leaving out what carries no meaning: member separators (newlines, {@code ;}, {@code ,}), the
 * commas and the order of table options, and the case of keywords (not of names: a keyword used
 * as a name must keep its spelling, as every name does).
 */
public final class TokenMeaningCheck implements MeaningCheck {

    @Override
    public Optional<String> difference(ParseResult<SchemaFileContext> before, ParseResult<SchemaFileContext> after) {
        List<String> expected = canonical(before.tree());
        List<String> actual = canonical(after.tree());
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                return Optional.of("token " + (i + 1) + " was '" + expected.get(i) + "', is now '" + actual.get(i) + "'");
            }
        }
        if (expected.size() != actual.size()) {
            return Optional.of("there were " + expected.size() + " tokens, there are now " + actual.size());
        }
        return Optional.empty();
    }

    /** The meaningful tokens of a file, options of each table in sorted order. */
    static List<String> canonical(SchemaFileContext file) {
        List<String> out = new ArrayList<>();
        for (TableDeclContext table : file.tableDecl()) {
            out.add("table");
            collect(table.declName(), false, out);
            List<String> options = new ArrayList<>();
            for (TableHeaderItemContext item : table.tableHeaderItem()) {
                List<String> words = new ArrayList<>();
                for (int i = 0; i < item.getChildCount(); i++) {
                    if (!(item.getChild(i) instanceof TerminalNode comma && comma.getSymbol().getType() == DSchemaParser.COMMA)) {
                        collect(item.getChild(i), false, words);
                    }
                }
                options.add(String.join(" ", words));
            }
            options.sort(null);
            out.addAll(options);
            for (DSchemaParser.MemberContext member : table.tableBody().member()) {
                out.add("|");
                collect(member, false, out);
            }
            out.add("}");
        }
        return out;
    }

    /** Iterative: a long sum such as a + b + c + ... is a tree as deep as the sum is long. */
    private static void collect(ParseTree root, boolean rootInName, List<String> out) {
        Deque<ParseTree> nodes = new ArrayDeque<>();
        Deque<Boolean> inName = new ArrayDeque<>();
        nodes.push(root);
        inName.push(rootInName);
        while (!nodes.isEmpty()) {
            ParseTree node = nodes.pop();
            boolean name = inName.pop();
            if (node instanceof TerminalNode terminal) {
                String text = terminal.getText();
                boolean keyword = TokenRoles.isKeyword(terminal.getSymbol().getType());
                out.add(!name && keyword ? text.toLowerCase(Locale.ROOT) : text);
                continue;
            }
            boolean childrenInName = name
                    || node instanceof DSchemaParser.NameContext
                    || node instanceof DSchemaParser.DeclNameContext
                    || node instanceof DSchemaParser.TypeWordContext
                    || node instanceof DSchemaParser.FunctionNameContext;
            for (int i = node.getChildCount() - 1; i >= 0; i--) {
                nodes.push(node.getChild(i));
                inName.push(childrenInName);
            }
        }
    }
}
