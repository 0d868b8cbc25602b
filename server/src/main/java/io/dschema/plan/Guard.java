package io.dschema.plan;

/**
 * A statement run inside the transaction, after the steps, that raises an error when a condition
 * is violated (so that a remote batch stops on it too), e.g. a new foreign key violation in a
 * table the plan touched.
 *
 * @param description what it guards, for the message when it fires
 */
public record Guard(String description, String sql) {
}
