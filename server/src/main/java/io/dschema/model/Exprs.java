package io.dschema.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Walks expression trees. */
public final class Exprs {

    private Exprs() {
    }

    /** Visits {@code root} and every expression below it, parents before children. */
    public static void walk(Expr root, Consumer<Expr> visitor) {
        if (root == null) {
            return;
        }
        visitor.accept(root);
        for (Expr child : root.children()) {
            walk(child, visitor);
        }
    }

    /** The expressions that are there: a tree cut short by a syntax error has null operands. */
    public static List<Expr> present(Expr... expressions) {
        List<Expr> present = new ArrayList<>(expressions.length);
        for (Expr expression : expressions) {
            if (expression != null) {
                present.add(expression);
            }
        }
        return present;
    }

    public static <T extends Expr> List<T> collect(Expr root, Class<T> type) {
        List<T> found = new ArrayList<>();
        walk(root, expr -> {
            if (type.isInstance(expr)) {
                found.add(type.cast(expr));
            }
        });
        return found;
    }
}
