package io.dschema.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code Database.apply} receives (ARCHITECTURE.md, "Plans, risks and the database"): a
 * prologue run outside the transaction (e.g. {@code PRAGMA foreign_keys=OFF}), a setup run first
 * inside it (e.g. recording the foreign key violations already there, for a guard to compare
 * against), the steps, the guards, and an epilogue outside the transaction. Pure data: the same inputs to the planner give
 * the same plan, byte for byte.
 */
public record Plan(List<String> prologue, List<String> setup, List<Step> steps, List<Guard> guards, List<String> epilogue) {

    public static final Plan EMPTY = new Plan(List.of(), List.of(), List.of(), List.of(), List.of());

    public Plan {
        prologue = List.copyOf(prologue);
        setup = List.copyOf(setup);
        steps = List.copyOf(steps);
        guards = List.copyOf(guards);
        epilogue = List.copyOf(epilogue);
    }

    /** Nothing to do: no step. */
    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** The statements of every step, in order (without prologue, setup, guards and epilogue). */
    public List<String> statements() {
        List<String> all = new ArrayList<>();
        steps.forEach(step -> all.addAll(step.statements()));
        return all;
    }
}
