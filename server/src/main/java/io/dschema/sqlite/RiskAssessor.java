package io.dschema.sqlite;

import io.dschema.db.DatabaseException;
import io.dschema.db.Queries;
import io.dschema.plan.AssessedStep;
import io.dschema.plan.Hazard;
import io.dschema.plan.Plan;
import io.dschema.plan.RiskKind;
import io.dschema.plan.Step;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives each step of a plan its risk on the data at hand: the step's base kind, raised by every
 * hazard whose count query finds rows. With no database (generate) every hazard may hold: it
 * counts as present and a {@code WILL_FAIL} becomes {@code MAY_FAIL}. A count that cannot be taken
 * is treated the same way, with the error in the reason; nothing here throws on a hazard query.
 */
public final class RiskAssessor {

    private RiskAssessor() {
    }

    /** @param database the database before the plan, or null when there is none */
    public static List<AssessedStep> assess(Plan plan, Queries database) {
        List<AssessedStep> assessed = new ArrayList<>();
        for (Step step : plan.steps()) {
            assessed.add(assess(step, database));
        }
        return assessed;
    }

    private static AssessedStep assess(Step step, Queries database) {
        RiskKind kind = step.baseKind();
        List<String> reasons = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        if (kind != RiskKind.SAFE) {
            reasons.add(step.summary());
        }
        for (Hazard hazard : step.hazards()) {
            if (database == null) {
                counts.add(-1L);
                kind = kind.max(unseen(hazard.kind()));
                reasons.add(hazard.reason().replace("%d", "some"));
                continue;
            }
            try {
                long count = database.count(hazard.countSql());
                counts.add(count);
                if (count > 0) {
                    kind = kind.max(hazard.kind());
                    reasons.add(hazard.reasonFor(count));
                }
            } catch (DatabaseException | RuntimeException e) {
                counts.add(-1L);
                kind = kind.max(unseen(hazard.kind()));
                reasons.add(hazard.reason().replace("%d", "some") + " (could not count: " + e.getMessage() + ")");
            }
        }
        return new AssessedStep(step, kind, reasons, counts);
    }

    /** What a hazard means when its rows could not be counted. */
    private static RiskKind unseen(RiskKind kind) {
        return kind == RiskKind.WILL_FAIL ? RiskKind.MAY_FAIL : kind;
    }
}
