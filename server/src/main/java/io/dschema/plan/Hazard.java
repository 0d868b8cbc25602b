package io.dschema.plan;

/**
 * Something a step may do to the data, decided by counting rows in the live database: the step
 * carries {@link #kind()} only when {@link #countSql()} counts more than zero rows. With no
 * database at hand (generate) a {@code WILL_FAIL} hazard is reported as {@code MAY_FAIL}.
 *
 * @param reason one line that names the object, with {@code %d} where the count goes, e.g.
 *               {@code "%d rows have NULL in users.email: push will fail"}
 * @param countSql a query returning one integer: the rows concerned, on the database before the step
 */
public record Hazard(RiskKind kind, String reason, String countSql) {

    /** The reason with its count filled in. */
    public String reasonFor(long count) {
        return reason.replace("%d", Long.toString(count));
    }
}
