package io.dschema.sqlite;

/**
 * What the planner may assume about the connection that runs the plan.
 *
 * @param canDisableForeignKeys true when our own executor runs the plan and may turn foreign keys
 *        off outside the transaction (push, migrate); false for a migration file that someone
 *        else's migrator runs inside one transaction with foreign keys on, where a rebuilt parent's
 *        children must be kept by hand (shared/reference/sqlite-rebuild-notes.md)
 */
public record PlannerOptions(boolean canDisableForeignKeys) {
}
