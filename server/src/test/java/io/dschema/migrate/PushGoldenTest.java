package io.dschema.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dschema.analysis.Analyzer;
import io.dschema.analysis.Diagnostic;
import io.dschema.analysis.Severity;
import io.dschema.config.TablesFilter;
import io.dschema.db.Database;
import io.dschema.db.Databases;
import io.dschema.diff.RenameAnswers;
import io.dschema.diff.RenameQuestion;
import io.dschema.lower.LoweredSchema;
import io.dschema.lower.Lowering;
import io.dschema.lower.SourceFile;
import io.dschema.plan.AssessedStep;
import io.dschema.plan.RiskKind;
import io.dschema.sqlite.InspectOptions;
import io.dschema.sqlite.Planner;
import io.dschema.sqlite.PlannerOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The push cases of testdata/push: a database made by {@code before.sql} (with rows), a target
 * schema {@code after.dschema}, optional {@code answers} ({@code force}, or lines
 * {@code table.column = name|created}); expected: the plan with its counted risks
 * ({@code expected.plan}) and every row after the push ({@code expected.rows}). Every case also
 * checks the round trip (a second push finds nothing to do and leaves {@code schema_version} as it
 * is) and, when a step is WILL_FAIL or a guard stops the push (the plan then ends with
 * {@code failed (GUARD): ...}), that nothing was applied.
 */
class PushGoldenTest {

    static final InspectOptions OPTIONS = new InspectOptions(TablesFilter.ALL, "__drizzle_migrations");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> pushCases() {
        Path folder = Path.of(System.getProperty("dschema.testdata", "../testdata")).resolve("push");
        return CaseFile.all(folder, ".case").stream()
                .map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> run(CaseFile.read(path))));
    }

    private void run(CaseFile testCase) throws Exception {
        Path file = Files.createTempFile(temp, "push", ".db");
        Files.delete(file);
        String before = testCase.section("before.sql");
        if (before != null && !before.isBlank()) {
            SqliteFiles.run(file, before);
        }
        String rowsBefore = Files.exists(file) ? SqliteFiles.dumpRows(file) : "";
        Path copy = file.resolveSibling(file.getFileName() + ".migration");
        if (Files.exists(file)) {
            Files.copy(file, copy);
        }
        var target = target(testCase.section("after.dschema"));
        RenameAnswers answers = answers(testCase.section("answers"));
        String plan;
        boolean refused;
        io.dschema.plan.Plan migration = null;
        try (Database database = Databases.open(SqliteFiles.url(file))) {
            PushPreview preview = Push.preview(database, target, OPTIONS, answers);
            plan = describe(preview);
            refused = !preview.failing().isEmpty() || !preview.diff().questions().isEmpty();
            migration = Planner.plan(preview.diff(), new PlannerOptions(false));
            if (!refused && !preview.isEmpty()) {
                try {
                    Push.apply(database, preview, target, OPTIONS);
                } catch (io.dschema.db.DatabaseException failed) {
                    // a guard or a statement stopped it: rolled back, which the rows below must show
                    plan += "failed (" + failed.kind() + "): " + failed.getMessage().lines().findFirst().orElse("")
                            .replace(file.toAbsolutePath().toString(), "<db>") + "\n";
                    refused = true;
                }
            }
        }
        String rowsAfter = Files.exists(file) ? SqliteFiles.dumpRows(file) : "";
        if (refused) {
            assertEquals(rowsBefore, rowsAfter, testCase.name() + ": a refused push changed the database");
        }
        expect(testCase, "expected.plan", plan);
        expect(testCase, "expected.rows", rowsAfter);
        if (!refused && Files.exists(copy)) {
            // the plan of a migration file, run as drizzle-orm's migrator runs it, keeps the same rows
            SqliteFiles.applyAsMigrationFile(copy, migration);
            assertEquals(rowsAfter, SqliteFiles.dumpRows(copy), testCase.name() + ": rows after the same change as a migration file");
        }
        if (!refused) {
            long version = SqliteFiles.pragma(file, "schema_version");
            try (Database database = Databases.open(SqliteFiles.url(file))) {
                PushPreview again = Push.preview(database, target, OPTIONS, RenameAnswers.NONE);
                assertTrue(again.isEmpty(), testCase.name() + ": round trip: a second push would run\n" + describe(again));
            }
            assertEquals(version, SqliteFiles.pragma(file, "schema_version"), "a no-op push touched the schema");
        }
    }

    private static void expect(CaseFile testCase, String section, String actual) {
        if (testCase.updating() || testCase.section(section) == null) {
            testCase.rewrite(section, actual);
            return;
        }
        assertEquals(testCase.section(section), actual.stripTrailing(), testCase.name() + ": " + section);
    }

    static io.dschema.model.Schema target(String text) {
        LoweredSchema lowered = Lowering.lowerSchema(List.of(new SourceFile("after.dschema", text == null ? "" : text)));
        List<Diagnostic> errors = new ArrayList<>(lowered.diagnostics());
        errors.addAll(Analyzer.analyze(lowered.schema()));
        errors.removeIf(d -> d.severity() != Severity.ERROR);
        assertTrue(errors.isEmpty(), "after.dschema has errors: " + errors);
        return lowered.schema();
    }

    private static RenameAnswers answers(String section) {
        if (section == null || section.isBlank()) {
            return RenameAnswers.NONE;
        }
        if (section.strip().equals("force")) {
            return RenameAnswers.DROP_AND_CREATE;
        }
        RenameAnswers answers = RenameAnswers.NONE;
        for (String line : section.strip().split("\n")) {
            String[] sides = line.split("=");
            String key = sides[0].strip();
            String value = sides[1].strip();
            int dot = key.indexOf('.');
            RenameQuestion question = dot < 0
                    ? new RenameQuestion(RenameQuestion.Kind.TABLE, null, key, List.of(value))
                    : new RenameQuestion(RenameQuestion.Kind.COLUMN, key.substring(0, dot), key.substring(dot + 1), List.of(value));
            answers = value.equals("created") ? answers.created(question) : answers.renamed(question, value);
        }
        return answers;
    }

    /** The plan as a reviewer reads it: each step's risk and summary, its counted reasons, its statements. */
    static String describe(PushPreview preview) {
        StringBuilder out = new StringBuilder();
        preview.plan().prologue().forEach(s -> out.append("prologue: ").append(s).append('\n'));
        preview.plan().setup().forEach(s -> out.append("setup: ").append(s).append('\n'));
        for (AssessedStep step : preview.steps()) {
            out.append('[').append(step.kind()).append("] ").append(step.step().summary()).append('\n');
            step.reasons().forEach(reason -> out.append("  # ").append(reason).append('\n'));
            step.step().statements().forEach(s -> out.append("  ").append(s.replace("\n", "\n  ")).append(";\n"));
        }
        preview.plan().guards().forEach(g -> out.append("guard: ").append(g.description()).append('\n'));
        preview.plan().epilogue().forEach(s -> out.append("epilogue: ").append(s).append('\n'));
        preview.diff().questions().forEach(q -> out.append("question: ").append(q.kind()).append(' ')
                .append(q.table() == null ? "" : q.table() + ".").append(q.added()).append(" from ")
                .append(String.join("|", q.candidates())).append('\n'));
        preview.diff().hintProblems().forEach(p -> out.append("hint problem: ").append(p).append('\n'));
        return out.toString();
    }

    static boolean anyOf(PushPreview preview, RiskKind kind) {
        return preview.steps().stream().anyMatch(step -> step.kind() == kind);
    }
}
