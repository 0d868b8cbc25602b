package io.dschema.plan;

import java.util.List;

/**
 * One change of a plan and the statements that carry it out: one per created, dropped or renamed
 * object, one per rebuilt table (however many of its changes the rebuild carries).
 *
 * @param table the table it concerns, by its name in the target (for a drop: its old name)
 * @param summary one line for people, e.g. {@code "add column users.position"}, {@code "rebuild table users (drop column name)"}
 * @param baseKind what the step does whatever the data: {@code SAFE} or {@code REBUILD}, or
 *                 {@code LOSES_DATA} / {@code CHANGES_VALUES} when that holds with any row
 * @param hazards what the live rows may add to {@code baseKind}
 */
public record Step(String table, String summary, RiskKind baseKind, List<Hazard> hazards, List<String> statements) {

    public Step {
        hazards = List.copyOf(hazards);
        statements = List.copyOf(statements);
    }
}
