package io.dschema.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.diff.ChangeText;
import io.dschema.diff.DiffResult;
import io.dschema.diff.RenameAnswers;
import io.dschema.diff.SchemaDiffer;
import io.dschema.model.Schema;
import io.dschema.plan.AssessedStep;
import io.dschema.plan.Plan;
import io.dschema.sqlite.Planner;
import io.dschema.sqlite.PlannerOptions;
import io.dschema.sqlite.RiskAssessor;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The diff cases of testdata/diff: two schemas ({@code before.dschema}, {@code after.dschema}),
 * pure, no database. Expected: the changes ({@code expected.changes}), the plan push runs (it may
 * turn foreign keys off: {@code expected.push.sql}) and the plan a migration file carries (it may
 * not: {@code expected.migration.sql}), each step with its risk as it may be with no rows at hand.
 * Also checks that planning is deterministic (twice, byte-identical).
 */
class DiffGoldenTest {

    @TestFactory
    Stream<DynamicTest> diffCases() {
        Path folder = Path.of(System.getProperty("dschema.testdata", "../testdata")).resolve("diff");
        return CaseFile.all(folder, ".case").stream()
                .map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> run(CaseFile.read(path))));
    }

    private static void run(CaseFile testCase) {
        Schema before = PushGoldenTest.target(testCase.section("before.dschema"));
        Schema after = PushGoldenTest.target(testCase.section("after.dschema"));
        DiffResult diff = SchemaDiffer.diff(before, after, RenameAnswers.NONE);
        StringBuilder changes = new StringBuilder();
        ChangeText.describe(diff.changes()).forEach(line -> changes.append(line).append('\n'));
        diff.questions().forEach(q -> changes.append("question: ").append(q.kind()).append(' ')
                .append(q.table() == null ? "" : q.table() + ".").append(q.added()).append(" from ")
                .append(String.join("|", q.candidates())).append('\n'));
        diff.hintProblems().forEach(p -> changes.append("hint problem: ").append(p).append('\n'));
        expect(testCase, "expected.changes", changes.toString());
        expect(testCase, "expected.push.sql", plan(diff, true));
        expect(testCase, "expected.migration.sql", plan(diff, false));
        assertEquals(plan(diff, true), plan(SchemaDiffer.diff(before, after, RenameAnswers.NONE), true), "not deterministic");
    }

    private static String plan(DiffResult diff, boolean canDisableForeignKeys) {
        Plan plan = Planner.plan(diff, new PlannerOptions(canDisableForeignKeys));
        StringBuilder out = new StringBuilder();
        plan.prologue().forEach(s -> out.append(s).append(";\n"));
        plan.setup().forEach(s -> out.append(s).append(";\n"));
        for (AssessedStep step : RiskAssessor.assess(plan, null)) {
            out.append("-- [").append(step.kind()).append("] ").append(step.step().summary()).append('\n');
            step.step().statements().forEach(s -> out.append(s).append(";\n"));
        }
        plan.guards().forEach(g -> out.append(g.sql()).append(";\n"));
        plan.epilogue().forEach(s -> out.append(s).append(";\n"));
        return out.toString();
    }

    private static void expect(CaseFile testCase, String section, String actual) {
        if (testCase.updating() || testCase.section(section) == null) {
            testCase.rewrite(section, actual);
            return;
        }
        assertEquals(testCase.section(section), actual.stripTrailing(), testCase.name() + ": " + section);
    }
}
