package io.dschema.lower;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNodeImpl;

/**
 * A node's children, found the way ANTLR's generated accessors find them ({@code getRuleContext},
 * {@code getRuleContexts}, {@code getToken}: the i-th child of a class, or the first terminal of a
 * token type, error nodes included), without their iterator. Lowering calls these once per node and
 * keeps the result: the generated accessors scan every child on every call, which was most of
 * lowering's time on large schemas.
 *
 * <p>Terminals are tested as {@link TerminalNodeImpl} (what the parser makes, error nodes included),
 * a class, not as the {@code TerminalNode} interface: an interface test against nodes of many
 * classes is a search of each class's interfaces, and it took a tenth of lowering's time. For the
 * same reason children are held as {@code Object}, which spares a cast to {@code ParseTree}.
 */
final class Children {

    private Children() {
    }

    /** {@code getRuleContext(type, 0)}. */
    static <T> T first(ParserRuleContext parent, Class<T> type) {
        List<ParseTree> children = parent.children;
        if (children == null) {
            return null;
        }
        for (int i = 0, n = children.size(); i < n; i++) {
            Object child = children.get(i);
            if (type.isInstance(child)) {
                return type.cast(child);
            }
        }
        return null;
    }

    /** {@code getRuleContext(type, index)}. */
    static <T> T nth(ParserRuleContext parent, Class<T> type, int index) {
        List<ParseTree> children = parent.children;
        if (children == null) {
            return null;
        }
        int found = -1;
        for (int i = 0, n = children.size(); i < n; i++) {
            Object child = children.get(i);
            if (type.isInstance(child) && ++found == index) {
                return type.cast(child);
            }
        }
        return null;
    }

    /** {@code getRuleContexts(type)}: a new list. */
    static <T> List<T> all(ParserRuleContext parent, Class<T> type) {
        List<ParseTree> children = parent.children;
        if (children == null) {
            return new ArrayList<>(0);
        }
        List<T> found = new ArrayList<>(Math.min(children.size(), 8));
        for (int i = 0, n = children.size(); i < n; i++) {
            Object child = children.get(i);
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
        }
        return found;
    }

    /** {@code getToken(tokenType, 0)}. */
    static TerminalNodeImpl token(ParserRuleContext parent, int tokenType) {
        List<ParseTree> children = parent.children;
        if (children == null) {
            return null;
        }
        for (int i = 0, n = children.size(); i < n; i++) {
            if (children.get(i) instanceof TerminalNodeImpl terminal && terminal.symbol.getType() == tokenType) {
                return terminal;
            }
        }
        return null;
    }

    /** {@code getToken(tokenType, 0) != null}. */
    static boolean has(ParserRuleContext parent, int tokenType) {
        return token(parent, tokenType) != null;
    }

    /** What {@link #typeOf} says of a rule node: no token type has this value. */
    static final int RULE = Integer.MIN_VALUE;

    /** The token type of a terminal child (an error node too), or {@link #RULE}. */
    static int typeOf(Object child) {
        return child instanceof TerminalNodeImpl terminal ? terminal.symbol.getType() : RULE;
    }
}
