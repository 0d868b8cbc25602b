package io.dschema.diff;

import io.dschema.model.Names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs baseline items with target items (tables of a schema, or columns of one table): by name
 * (identifier case never matters), then by {@code renamed from} hints, then by answers; what is
 * left is dropped or created, and a created item with no hint and no answer, while something was
 * dropped, gets a {@link RenameQuestion}. Never guesses a rename.
 */
final class RenameMatcher {

    /** A target item: its name and its rename hint (null when none). */
    record Target(String name, String hint) {
    }

    /** A baseline item (by index) kept as a target item (by index); {@code renamed} when the names differ. */
    record Pair(int before, int after, boolean renamed) {
    }

    /**
     * @param pairs in target order
     * @param dropped baseline indexes, in baseline order
     * @param created target indexes, in target order
     */
    record Outcome(List<Pair> pairs, List<Integer> dropped, List<Integer> created,
                   List<RenameQuestion> questions, List<String> problems) {
    }

    private RenameMatcher() {
    }

    /**
     * @param table for columns, the table's target name; null for tables
     */
    static Outcome match(RenameQuestion.Kind kind, String table, List<String> baseline, List<Target> target,
                         RenameAnswers answers) {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < baseline.size(); i++) {
            byName.putIfAbsent(Names.fold(baseline.get(i)), i);
        }
        int[] beforeOf = new int[target.size()];
        boolean[] renamed = new boolean[target.size()];
        boolean[] taken = new boolean[baseline.size()];
        java.util.Arrays.fill(beforeOf, -1);
        List<String> problems = new ArrayList<>();

        for (int t = 0; t < target.size(); t++) {
            Integer same = byName.get(Names.fold(target.get(t).name()));
            if (same != null && !taken[same]) {
                beforeOf[t] = same;
                taken[same] = true;
            }
        }
        for (int t = 0; t < target.size(); t++) {
            Target item = target.get(t);
            if (item.hint() == null || Names.same(item.hint(), item.name())) {
                continue;
            }
            Integer old = byName.get(Names.fold(item.hint()));
            if (beforeOf[t] >= 0) {
                if (old != null) {
                    problems.add(bothProblem(kind, table, item, baseline.get(old)));
                }
                continue; // the baseline has the new name: the hint is used up (stale), nothing to do
            }
            if (old == null) {
                continue; // neither name in the baseline: created
            }
            if (taken[old]) {
                problems.add(takenProblem(kind, table, item, baseline.get(old)));
                continue;
            }
            beforeOf[t] = old;
            renamed[t] = true;
            taken[old] = true;
        }
        for (int t = 0; t < target.size(); t++) {
            Target item = target.get(t);
            if (beforeOf[t] >= 0 || item.hint() != null) {
                continue;
            }
            String from = answers.renamedFrom(table, item.name());
            Integer old = from == null ? null : byName.get(Names.fold(from));
            if (old != null && !taken[old]) {
                beforeOf[t] = old;
                renamed[t] = true;
                taken[old] = true;
            }
        }

        List<Pair> pairs = new ArrayList<>();
        List<Integer> created = new ArrayList<>();
        for (int t = 0; t < target.size(); t++) {
            if (beforeOf[t] >= 0) {
                pairs.add(new Pair(beforeOf[t], t, renamed[t]));
            } else {
                created.add(t);
            }
        }
        List<Integer> dropped = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        for (int b = 0; b < baseline.size(); b++) {
            if (!taken[b]) {
                dropped.add(b);
                candidates.add(baseline.get(b));
            }
        }
        List<RenameQuestion> questions = new ArrayList<>();
        if (!dropped.isEmpty()) {
            for (int t : created) {
                Target item = target.get(t);
                if (item.hint() == null && !answers.answered(table, item.name())) {
                    questions.add(new RenameQuestion(kind, table, item.name(), candidates));
                }
            }
        }
        return new Outcome(pairs, dropped, created, questions, problems);
    }

    private static String what(RenameQuestion.Kind kind, String table, String name) {
        return kind == RenameQuestion.Kind.TABLE ? "table " + name : "column " + table + "." + name;
    }

    private static String bothProblem(RenameQuestion.Kind kind, String table, Target item, String old) {
        String oldThing = kind == RenameQuestion.Kind.TABLE ? "table " + old : "column " + table + "." + old;
        return what(kind, table, item.name()) + " says 'renamed from " + item.hint() + "', but the baseline has both "
                + old + " and " + item.name() + ": remove the hint, or drop " + oldThing + " first";
    }

    private static String takenProblem(RenameQuestion.Kind kind, String table, Target item, String old) {
        return what(kind, table, item.name()) + " says 'renamed from " + item.hint() + "', but " + old
                + " is kept or renamed to something else already: remove the hint";
    }
}
