package io.dschema.migrate;

import io.dschema.config.TablesFilter;
import io.dschema.db.ApplyResult;
import io.dschema.db.Database;
import io.dschema.db.DatabaseException;
import io.dschema.db.Queries;
import io.dschema.db.Stamp;
import io.dschema.diff.ChangeText;
import io.dschema.diff.DiffResult;
import io.dschema.diff.RenameAnswers;
import io.dschema.diff.SchemaDiffer;
import io.dschema.model.Schema;
import io.dschema.plan.AssessedStep;
import io.dschema.plan.Plan;
import io.dschema.sqlite.InspectOptions;
import io.dschema.sqlite.Inspection;
import io.dschema.sqlite.Inspector;
import io.dschema.sqlite.Planner;
import io.dschema.sqlite.PlannerOptions;
import io.dschema.sqlite.RiskAssessor;

import java.util.List;
import java.util.Optional;

/**
 * push, the engine side, shared by the command line and the language server: inspect, diff, plan,
 * count the risks on the live rows ({@link #preview}); then apply atomically, with a re-inspection
 * inside the transaction that must equal the target ({@link #apply}). Asking the user is the
 * caller's business; this class never decides that a risk is acceptable.
 */
public final class Push {

    /** Our own executor controls the connection, so it may turn foreign keys off around a rebuild. */
    private static final PlannerOptions OWN_CONNECTION = new PlannerOptions(true);

    private Push() {
    }

    /** The database as it is now: its stamp (for apply to tell whether it changed since) and what it holds. */
    public record Inspected(Stamp stamp, Inspection inspection) {
    }

    /** Reads the database (read-only; a missing file is an empty database and stays missing). */
    public static Inspected inspect(Database database, InspectOptions options) throws DatabaseException {
        Stamp stamp = database.stamp();
        Inspection inspection = stamp.exists() ? Inspector.inspect(database, options)
                : new Inspection(Schema.ofTables(List.of()), List.of());
        return new Inspected(stamp, inspection);
    }

    public static PushPreview preview(Database database, Schema target, InspectOptions options, RenameAnswers answers)
            throws DatabaseException {
        return preview(database, inspect(database, options), target, options, answers);
    }

    /** Diff, plan and risks against a database already inspected (answering questions re-plans without reading it again). */
    public static PushPreview preview(Database database, Inspected inspected, Schema target, InspectOptions options,
                                      RenameAnswers answers) throws DatabaseException {
        DiffResult diff = SchemaDiffer.diff(inspected.inspection().schema(), managed(target, options.tablesFilter()), answers);
        Plan plan = Planner.plan(diff, OWN_CONNECTION);
        Queries rows = inspected.stamp().exists() ? database : NO_ROWS;
        List<AssessedStep> steps = RiskAssessor.assess(plan, rows);
        return new PushPreview(inspected.stamp(), inspected.inspection(), diff, plan, steps);
    }

    /**
     * Applies the previewed plan. Inside the transaction, after the statements and guards, the
     * database is inspected again and must equal the target, else everything is rolled back.
     */
    public static ApplyResult apply(Database database, PushPreview preview, Schema target, InspectOptions options)
            throws DatabaseException {
        Schema managedTarget = managed(target, options.tablesFilter());
        return database.apply(preview.plan(), preview.stamp(), transaction -> {
            Inspection after = Inspector.inspect(transaction, options);
            DiffResult rest = SchemaDiffer.diff(after.schema(), managedTarget, RenameAnswers.NONE);
            if (rest.changes().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of("after the push the database still differs from the schema ("
                    + ChangeText.describe(rest.changes().get(0)) + "); rolled back, please report it");
        });
    }

    /** The tables of the schema that {@code tablesFilter} lets the tools manage. */
    static Schema managed(Schema schema, TablesFilter filter) {
        if (filter == null || filter.equals(TablesFilter.ALL)) {
            return schema;
        }
        return new Schema(schema.tables().stream().filter(table -> filter.matches(table.name())).toList(),
                schema.views(), schema.triggers());
    }

    /** A database that does not exist yet has no rows: every count is zero. */
    private static final Queries NO_ROWS = (sql, parameters) -> List.of();
}
