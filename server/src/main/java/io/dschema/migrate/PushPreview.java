package io.dschema.migrate;

import io.dschema.db.Stamp;
import io.dschema.diff.DiffResult;
import io.dschema.plan.AssessedStep;
import io.dschema.plan.Plan;
import io.dschema.plan.RiskKind;
import io.dschema.sqlite.Inspection;

import java.util.List;

/**
 * What a push would do, worked out against the live database and not yet applied: the database as
 * inspected (and its {@link Stamp}, so that apply can tell whether it changed since), the diff, the
 * plan and each step's risk counted on the live rows.
 */
public record PushPreview(Stamp stamp, Inspection inspection, DiffResult diff, Plan plan, List<AssessedStep> steps) {

    public PushPreview {
        steps = List.copyOf(steps);
    }

    /** Nothing to do: no change and no open question. */
    public boolean isEmpty() {
        return plan.isEmpty() && diff.questions().isEmpty();
    }

    /** The steps the data at hand makes fail: push refuses them before BEGIN. */
    public List<AssessedStep> failing() {
        return steps.stream().filter(step -> step.kind() == RiskKind.WILL_FAIL).toList();
    }

    /** The steps that rewrite or drop stored values: push asks first. */
    public List<AssessedStep> needingConfirmation() {
        return steps.stream().filter(step -> step.kind().needsConfirmation()).toList();
    }

    /** Whether the plan drops stored values (a backup is kept first). */
    public boolean losesData() {
        return steps.stream().anyMatch(step -> step.kind() == RiskKind.LOSES_DATA);
    }
}
