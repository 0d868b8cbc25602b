package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.TableRule;
import io.dschema.model.Column;
import io.dschema.model.Expr;
import io.dschema.model.Names;
import io.dschema.model.Table;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * DS1032: a generated column whose expression refers to itself, directly or through other generated
 * columns. SQLite accepts such a table at CREATE and only fails on the first write ("generated
 * column loop on b"), so it is caught here. Each column of a cycle is reported once, at its
 * reference that leads around the cycle. Columns found with Tarjan's strongly connected
 * components, linear in the columns and references of a table.
 */
public final class GeneratedRefersToItself implements TableRule {

    /** A reference from one generated column's expression to another generated column (or itself). */
    private record Edge(int to, Expr.ColumnRef ref) {
    }

    @Override
    public void check(AnalysisContext context, Table table, Reporter reporter) {
        if (!hasGenerated(table)) {
            return;
        }
        List<Column> generated = new ArrayList<>();
        Map<String, Integer> indexOf = new HashMap<>();
        for (Column column : table.columns()) {
            if (column.generated() != null && indexOf.putIfAbsent(Names.fold(column.name()), generated.size()) == null) {
                generated.add(column);
            }
        }
        List<List<Edge>> edges = new ArrayList<>(generated.size());
        boolean anyEdge = false;
        for (Column column : generated) {
            List<Edge> out = new ArrayList<>();
            for (Expr node : ExpressionSites.nodes(context, table, column.generated().expression())) {
                if (!(node instanceof Expr.ColumnRef ref) || ref.table() != null && !Names.same(ref.table(), table.name())) {
                    continue; // another table: DS1011
                }
                Integer to = indexOf.get(Names.fold(ref.column().name()));
                if (to != null) {
                    out.add(new Edge(to, ref));
                    anyEdge = true;
                }
            }
            edges.add(out);
        }
        if (!anyEdge) {
            return; // no generated column refers to one: no cycle (most tables)
        }
        for (List<Integer> component : new Tarjan(edges).components()) {
            report(table, generated, edges, component, reporter);
        }
    }

    private static boolean hasGenerated(Table table) {
        for (Column column : table.columns()) {
            if (column.generated() != null) {
                return true;
            }
        }
        return false;
    }

    /** Reports each column of a cycle: a direct self-reference if it has one, else one path around. */
    private static void report(Table table, List<Column> generated, List<List<Edge>> edges, List<Integer> component,
                               Reporter reporter) {
        boolean[] inComponent = new boolean[generated.size()];
        for (int member : component) {
            inComponent[member] = true;
        }
        for (int member : component) {
            Column column = generated.get(member);
            Edge self = edges.get(member).stream().filter(edge -> edge.to() == member).findFirst().orElse(null);
            if (self != null) {
                reporter.report(DiagnosticCode.GENERATED_REFERS_TO_ITSELF, "generated column " + table.name() + "."
                        + column.name() + " refers to itself: compute it from other columns", self.ref().column().range());
                continue;
            }
            if (component.size() < 2) {
                continue; // a single column without a self-reference is no cycle
            }
            List<Edge> path = pathBack(member, edges, inComponent);
            List<String> names = new ArrayList<>();
            names.add(column.name());
            for (Edge edge : path) {
                names.add(generated.get(edge.to()).name());
            }
            reporter.report(DiagnosticCode.GENERATED_REFERS_TO_ITSELF, "generated column " + table.name() + "."
                    + column.name() + " refers to itself through other generated columns (" + String.join(" -> ", names)
                    + "): make one of them compute from stored columns", path.get(0).ref().column().range());
        }
    }

    /** One step of a search: the edge that first reached a column, and the column it left from. */
    private record Step(int from, Edge edge) {
    }

    /** The shortest path from {@code start} back to it inside its component, as edges in order. */
    private static List<Edge> pathBack(int start, List<List<Edge>> edges, boolean[] inComponent) {
        Map<Integer, Step> reachedBy = new HashMap<>();
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty() && !reachedBy.containsKey(start)) {
            int node = queue.poll();
            for (Edge edge : edges.get(node)) {
                if (inComponent[edge.to()] && !reachedBy.containsKey(edge.to())) {
                    reachedBy.put(edge.to(), new Step(node, edge));
                    queue.add(edge.to());
                }
            }
        }
        List<Edge> path = new ArrayList<>();
        int node = start;
        do {
            Step step = reachedBy.get(node);
            path.add(0, step.edge());
            node = step.from();
        } while (node != start);
        return path;
    }

    /** Tarjan's algorithm; components with a cycle only (two or more columns, or one referring to itself). */
    private static final class Tarjan {
        private final List<List<Edge>> edges;
        private final int[] index;
        private final int[] low;
        private final boolean[] onStack;
        private final Deque<Integer> stack = new ArrayDeque<>();
        private final List<List<Integer>> components = new ArrayList<>();
        private int next = 1;

        Tarjan(List<List<Edge>> edges) {
            this.edges = edges;
            this.index = new int[edges.size()];
            this.low = new int[edges.size()];
            this.onStack = new boolean[edges.size()];
        }

        List<List<Integer>> components() {
            for (int node = 0; node < edges.size(); node++) {
                if (index[node] == 0) {
                    visit(node);
                }
            }
            components.sort((a, b) -> Integer.compare(a.get(0), b.get(0)));
            return components;
        }

        private void visit(int node) {
            index[node] = next;
            low[node] = next;
            next++;
            stack.push(node);
            onStack[node] = true;
            boolean selfLoop = false;
            for (Edge edge : edges.get(node)) {
                if (edge.to() == node) {
                    selfLoop = true;
                } else if (index[edge.to()] == 0) {
                    visit(edge.to());
                    low[node] = Math.min(low[node], low[edge.to()]);
                } else if (onStack[edge.to()]) {
                    low[node] = Math.min(low[node], index[edge.to()]);
                }
            }
            if (low[node] == index[node]) {
                List<Integer> component = new ArrayList<>();
                int member;
                do {
                    member = stack.pop();
                    onStack[member] = false;
                    component.add(member);
                } while (member != node);
                if (component.size() > 1 || selfLoop) {
                    component.sort(Integer::compare);
                    components.add(component);
                }
            }
        }
    }
}
