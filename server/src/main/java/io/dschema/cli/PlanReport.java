package io.dschema.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.dschema.diff.RenameQuestion;
import io.dschema.migrate.PushPreview;
import io.dschema.plan.AssessedStep;
import io.dschema.sqlite.InspectionProblem;

import java.util.List;

/**
 * Prints a push preview: each step with its risk and the reasons counted on the live rows, and
 * (for {@code diff}, or push with {@code --verbose}) the statements. The JSON shape is in docs/cli.md.
 */
final class PlanReport {

    private PlanReport() {
    }

    static void printText(Environment environment, String database, PushPreview preview, boolean statements) {
        var out = environment.out();
        for (InspectionProblem problem : preview.inspection().problems()) {
            environment.err().println("warning: " + database + ": " + problem.object() + ": " + problem.message());
        }
        if (preview.isEmpty()) {
            out.println("No changes: " + database + " already matches the schema.");
            return;
        }
        int count = preview.steps().size();
        out.println(database + ": " + count + (count == 1 ? " change" : " changes"));
        for (AssessedStep step : preview.steps()) {
            out.println("  " + marker(step) + " " + step.step().summary() + "  [" + step.kind() + "]");
            for (String reason : step.reasons()) {
                out.println("      " + reason);
            }
            if (statements) {
                for (String statement : step.step().statements()) {
                    out.println("      " + statement.replace("\n", "\n      ") + ";");
                }
            }
        }
        for (RenameQuestion question : preview.diff().questions()) {
            out.println("  ? " + RenameDialog.describe(question));
        }
    }

    static JsonObject json(String database, PushPreview preview) {
        JsonObject root = new JsonObject();
        root.addProperty("database", database);
        JsonArray changes = new JsonArray();
        for (AssessedStep step : preview.steps()) {
            JsonObject item = new JsonObject();
            item.addProperty("table", step.step().table());
            item.addProperty("summary", step.step().summary());
            item.addProperty("risk", step.kind().name());
            item.add("reasons", strings(step.reasons()));
            item.add("statements", strings(step.step().statements()));
            changes.add(item);
        }
        root.add("changes", changes);
        JsonArray questions = new JsonArray();
        for (RenameQuestion question : preview.diff().questions()) {
            JsonObject item = new JsonObject();
            item.addProperty("kind", question.kind().name().toLowerCase(java.util.Locale.ROOT));
            if (question.table() != null) {
                item.addProperty("table", question.table());
            }
            item.addProperty("added", question.added());
            item.add("candidates", strings(question.candidates()));
            questions.add(item);
        }
        root.add("questions", questions);
        JsonArray problems = new JsonArray();
        preview.inspection().problems().forEach(p -> problems.add(p.object() + ": " + p.message()));
        root.add("inspectionProblems", problems);
        return root;
    }

    static void printJson(Environment environment, JsonObject root) {
        environment.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    private static String marker(AssessedStep step) {
        return switch (step.kind()) {
            case SAFE -> "+";
            case REBUILD -> "~";
            case CHANGES_VALUES, LOSES_DATA -> "!";
            case MAY_FAIL, WILL_FAIL -> "x";
        };
    }
}
