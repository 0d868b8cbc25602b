package io.dschema.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.dschema.db.Database;
import io.dschema.db.Databases;
import io.dschema.db.SqliteDatabase;
import io.dschema.db.StatementHook;
import io.dschema.diff.RenameAnswers;
import io.dschema.model.Schema;
import io.dschema.plan.AssessedStep;
import io.dschema.plan.Plan;
import io.dschema.plan.RiskKind;
import io.dschema.sqlite.Planner;
import io.dschema.sqlite.PlannerOptions;
import io.dschema.sqlite.RiskAssessor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random schema pairs with rows (RandomPairs): push A, insert rows, push B. Asserts the round trip
 * (a second push has nothing to do), that no row is lost and no kept value changed unless the plan
 * said so, and that a refused push changed nothing. {@code -Ddschema.randomPairs=N} runs N pairs
 * (default 300), {@code -Ddschema.randomSeed=S} starts at another seed.
 */
class RandomPushTest {

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> randomPairs() {
        long count = Long.getLong("dschema.randomPairs", 300);
        long start = Long.getLong("dschema.randomSeed", 1);
        return LongStream.range(start, start + count)
                .mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> run(RandomPairs.pair(seed))));
    }

    /**
     * The same pairs through the plan for a migration file ({@code PlannerOptions(false)}), run
     * the way drizzle-orm's migrator runs a file: {@code PRAGMA foreign_keys=ON}, then every
     * statement inside one transaction. The children of a rebuilt parent keep every row too.
     */
    @TestFactory
    Stream<DynamicTest> randomPairsAsMigrationFiles() {
        long count = Long.getLong("dschema.randomPairs", 300);
        long start = Long.getLong("dschema.randomSeed", 1);
        return LongStream.range(start, start + count)
                .mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> runAsMigration(RandomPairs.pair(seed))));
    }

    private void run(RandomPairs.Pair pair) throws Exception {
        String context = "seed " + pair.seed() + " " + pair.mutations() + "\n-- A --\n" + pair.beforeText()
                + "-- B --\n" + pair.afterText();
        Path file = temp.resolve("pair" + pair.seed() + ".db");
        Schema a = PushGoldenTest.target(pair.beforeText());
        Schema b;
        try {
            b = PushGoldenTest.target(pair.afterText());
        } catch (AssertionError invalid) {
            skipped(pair, invalid);
            return; // the mutation made an invalid schema (the analyzer says so): nothing to push
        }
        try (Database database = Databases.open(SqliteFiles.url(file))) {
            PushPreview first = Push.preview(database, a, PushGoldenTest.OPTIONS, RenameAnswers.NONE);
            Push.apply(database, first, a, PushGoldenTest.OPTIONS);
        } catch (Exception e) {
            throw new AssertionError("pushing A failed: " + e.getMessage() + "\n" + context, e);
        }
        SqliteFiles.run(file, String.join(";\n", pair.rows()));
        for (String extra : pair.extras()) {
            SqliteFiles.run(file, extra);
        }
        String before = SqliteFiles.dumpRows(file);
        Map<String, Map<Long, Map<String, Object>>> rowsBefore = rows(file, pair.before());
        Map<String, Long> sequenceBefore = sequences(file);

        injectFailure(pair, file, b, context);
        PushPreview preview;
        try (Database database = Databases.open(SqliteFiles.url(file))) {
            preview = Push.preview(database, b, PushGoldenTest.OPTIONS, RenameAnswers.DROP_AND_CREATE);
            if (!preview.failing().isEmpty()) {
                if (Boolean.getBoolean("dschema.randomVerbose")) {
                    System.err.println("REFUSED seed " + pair.seed() + ": " + preview.failing().get(0).reasons());
                }
                assertEquals(before, SqliteFiles.dumpRows(file), context);
                return;
            }
            Push.apply(database, preview, b, PushGoldenTest.OPTIONS);
        } catch (io.dschema.db.DatabaseException e) {
            fail("push of B failed: " + e.getMessage() + " / " + e.statement() + "\n" + context
                    + "\n" + PushGoldenTest.describe(preview(file, b)));
            return;
        }
        try (Database database = Databases.open(SqliteFiles.url(file))) {
            PushPreview again = Push.preview(database, b, PushGoldenTest.OPTIONS, RenameAnswers.NONE);
            assertTrue(again.isEmpty(), "round trip: a second push would run\n" + PushGoldenTest.describe(again) + context);
        }
        assertKept(pair, preview.steps(), rowsBefore, rows(file, pair.after()), context);
        assertExtrasWork(pair, file, context);
        assertSequencesKept(pair, sequenceBefore, sequences(file), context);
    }

    private void runAsMigration(RandomPairs.Pair pair) throws Exception {
        String context = "seed " + pair.seed() + " (migration file) " + pair.mutations() + "\n-- A --\n" + pair.beforeText()
                + "-- B --\n" + pair.afterText();
        Path file = temp.resolve("migration" + pair.seed() + ".db");
        Schema a = PushGoldenTest.target(pair.beforeText());
        Schema b;
        try {
            b = PushGoldenTest.target(pair.afterText());
        } catch (AssertionError invalid) {
            return;
        }
        try (Database database = Databases.open(SqliteFiles.url(file))) {
            PushPreview first = Push.preview(database, a, PushGoldenTest.OPTIONS, RenameAnswers.NONE);
            Push.apply(database, first, a, PushGoldenTest.OPTIONS);
        }
        SqliteFiles.run(file, String.join(";\n", pair.rows()));
        for (String extra : pair.extras()) {
            SqliteFiles.run(file, extra);
        }
        String before = SqliteFiles.dumpRows(file);
        Map<String, Map<Long, Map<String, Object>>> rowsBefore = rows(file, pair.before());
        Map<String, Long> sequenceBefore = sequences(file);
        Plan plan;
        List<AssessedStep> steps;
        try (Database database = Databases.open(SqliteFiles.url(file))) {
            PushPreview preview = Push.preview(database, b, PushGoldenTest.OPTIONS, RenameAnswers.DROP_AND_CREATE);
            plan = Planner.plan(preview.diff(), new PlannerOptions(false));
            steps = RiskAssessor.assess(plan, database);
        }
        if (steps.stream().anyMatch(step -> step.kind() == RiskKind.WILL_FAIL) || plan.isEmpty()) {
            return;
        }
        assertTrue(plan.prologue().isEmpty() && plan.epilogue().isEmpty(), "a migration file runs inside one transaction\n" + context);
        try {
            SqliteFiles.applyAsMigrationFile(file, plan);
        } catch (java.sql.SQLException e) {
            assertEquals(before, SqliteFiles.dumpRows(file), "rows after a failed migration\n" + context);
            fail("migration failed: " + e.getMessage() + "\n" + context);
        }
        try (Database database = Databases.open(SqliteFiles.url(file))) {
            PushPreview again = Push.preview(database, b, PushGoldenTest.OPTIONS, RenameAnswers.NONE);
            assertTrue(again.isEmpty(), "round trip: a push after the migration would run\n" + PushGoldenTest.describe(again) + context);
        }
        assertKept(pair, steps, rowsBefore, rows(file, pair.after()), context);
        assertExtrasWork(pair, file, context);
        assertSequencesKept(pair, sequenceBefore, sequences(file), context);
    }

    /** With {@code -Ddschema.randomVerbose=true}, says which pairs were skipped and why (to keep the generator useful). */
    private static void skipped(RandomPairs.Pair pair, AssertionError why) {
        if (Boolean.getBoolean("dschema.randomVerbose")) {
            System.err.println("SKIPPED seed " + pair.seed() + ": " + why.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** The view and the trigger the schema does not declare are still there, and the views still work. */
    private static void assertExtrasWork(RandomPairs.Pair pair, Path file, String context) throws Exception {
        if (pair.extras().isEmpty()) {
            return;
        }
        try (Connection connection = SqliteFiles.connect(file); Statement statement = connection.createStatement()) {
            for (String view : List.of("v_all", "v_named")) {
                try (ResultSet rs = statement.executeQuery("SELECT * FROM \"" + view + "\"")) {
                    while (rs.next()) {
                        // reading every row proves the view still works
                    }
                } catch (java.sql.SQLException e) {
                    fail("the view " + view + " no longer works: " + e.getMessage() + "\n" + context);
                }
            }
            try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'trg_kept'")) {
                assertEquals(1, rs.getInt(1), "the trigger trg_kept is gone\n" + context);
            }
        }
    }

    /** AUTOINCREMENT promises never to reuse a key: a table that keeps it keeps its sequence (or a higher one). */
    private static void assertSequencesKept(RandomPairs.Pair pair, Map<String, Long> before, Map<String, Long> after, String context) {
        for (RandomPairs.Tab target : pair.after()) {
            String old = target.renamedFrom != null ? target.renamedFrom : target.name;
            boolean kept = pair.before().stream().anyMatch(t -> t.name.equals(old) && t.autoincrement);
            if (target.autoincrement && kept && before.containsKey(old)) {
                long now = after.getOrDefault(target.name, 0L);
                assertTrue(now >= before.get(old), "the sequence of " + target.name + " went from " + before.get(old) + " to " + now
                        + "\n" + context);
            }
        }
    }

    private static Map<String, Long> sequences(Path file) throws Exception {
        Map<String, Long> found = new LinkedHashMap<>();
        try (Connection connection = SqliteFiles.connect(file); Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT name, seq FROM sqlite_sequence")) {
                while (rs.next()) {
                    found.put(rs.getString(1), rs.getLong(2));
                }
            } catch (java.sql.SQLException none) {
                // no table has AUTOINCREMENT
            }
        }
        return found;
    }

    /**
     * On a copy of the file: the same push with a failure injected before a random statement
     * leaves schema and rows exactly as they were.
     */
    private static void injectFailure(RandomPairs.Pair pair, Path file, Schema target, String context) throws Exception {
        Path copy = file.resolveSibling(file.getFileName() + ".failing");
        Files.copy(file, copy);
        String rows = SqliteFiles.dumpRows(copy);
        String schema = schemaText(copy);
        java.util.Random random = new java.util.Random(pair.seed());
        int[] failAt = {-1};
        StatementHook hook = (position, sql) -> {
            if (position == failAt[0]) {
                throw new io.dschema.db.DatabaseException(io.dschema.db.DatabaseException.Kind.STATEMENT, "injected", sql, null);
            }
        };
        try (Database database = new SqliteDatabase(copy, hook)) {
            PushPreview preview = Push.preview(database, target, PushGoldenTest.OPTIONS, RenameAnswers.DROP_AND_CREATE);
            int total = preview.plan().prologue().size() + preview.plan().setup().size()
                    + preview.plan().statements().size() + preview.plan().guards().size();
            if (!preview.failing().isEmpty() || total == 0) {
                return;
            }
            failAt[0] = 1 + random.nextInt(total);
            try {
                Push.apply(database, preview, target, PushGoldenTest.OPTIONS);
                fail("the injected failure at statement " + failAt[0] + " did not stop the push\n" + context);
            } catch (io.dschema.db.DatabaseException expected) {
                // rolled back
            }
        }
        assertEquals(schema, schemaText(copy), "schema after a failure at statement " + failAt[0] + "\n" + context);
        assertEquals(rows, SqliteFiles.dumpRows(copy), "rows after a failure at statement " + failAt[0] + "\n" + context);
    }

    private static String schemaText(Path file) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection connection = SqliteFiles.connect(file); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")) {
            while (rs.next()) {
                out.append(rs.getString(1)).append(' ').append(rs.getString(2)).append(": ").append(rs.getString(3)).append('\n');
            }
        }
        return out.toString();
    }

    private static PushPreview preview(Path file, Schema target) throws Exception {
        try (Database database = Databases.open(SqliteFiles.url(file))) {
            return Push.preview(database, target, PushGoldenTest.OPTIONS, RenameAnswers.DROP_AND_CREATE);
        }
    }

    /**
     * Every row of a kept table is still there (by id), and every kept column whose declaration did
     * not change holds the same value, unless the plan said the table loses or changes data.
     */
    private static void assertKept(RandomPairs.Pair pair, List<AssessedStep> steps, Map<String, Map<Long, Map<String, Object>>> before,
                                   Map<String, Map<Long, Map<String, Object>>> after, String context) {
        for (RandomPairs.Tab target : pair.after()) {
            String old = target.renamedFrom != null ? target.renamedFrom : target.name;
            RandomPairs.Tab source = pair.before().stream().filter(t -> t.name.equals(old)).findFirst().orElse(null);
            if (source == null || !before.containsKey(old)) {
                continue;
            }
            boolean cascades = pair.before().stream().anyMatch(t -> t.cols.stream().anyMatch(c -> c.references != null) || !t.fks.isEmpty());
            RiskKind risk = steps.stream().filter(s -> s.step().table().equals(target.name))
                    .map(AssessedStep::kind).reduce(RiskKind.SAFE, RiskKind::max);
            assertEquals(before.get(old).keySet(), after.get(target.name).keySet(),
                    "rows of " + target.name + " lost or added (" + risk + ", cascades " + cascades + ")\n" + context);
            for (RandomPairs.Col col : target.cols) {
                String oldName = col.renamedFrom != null ? col.renamedFrom : col.name;
                RandomPairs.Col was = source.col(oldName);
                if (was == null || !same(was, col) || col.generated != null || risk.needsConfirmation()) {
                    continue;
                }
                for (Long id : before.get(old).keySet()) {
                    Object v0 = before.get(old).get(id).get(oldName);
                    Object v1 = after.get(target.name).get(id).get(col.name);
                    assertTrue(equal(v0, v1), target.name + "." + col.name + " of id " + id + ": " + v0 + " became " + v1
                            + "\n" + context);
                }
            }
        }
    }

    private static boolean same(RandomPairs.Col a, RandomPairs.Col b) {
        return a.type.equals(b.type) && a.notNull == b.notNull && java.util.Objects.equals(a.defaultSql, b.defaultSql);
    }

    private static boolean equal(Object a, Object b) {
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return java.util.Arrays.equals(x, y);
        }
        return java.util.Objects.equals(a, b);
    }

    private static Map<String, Map<Long, Map<String, Object>>> rows(Path file, List<RandomPairs.Tab> tables) throws Exception {
        Map<String, Map<Long, Map<String, Object>>> all = new LinkedHashMap<>();
        try (Connection connection = SqliteFiles.connect(file); Statement statement = connection.createStatement()) {
            for (RandomPairs.Tab table : tables) {
                Map<Long, Map<String, Object>> rows = new LinkedHashMap<>();
                try (ResultSet rs = statement.executeQuery("SELECT * FROM " + RandomPairs.ident(table.name))) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (int c = 1; c <= n; c++) {
                            row.put(rs.getMetaData().getColumnName(c), rs.getObject(c));
                        }
                        rows.put(rs.getLong("id"), row);
                    }
                } catch (java.sql.SQLException missing) {
                    continue;
                }
                all.put(table.name, rows);
            }
        }
        return all;
    }
}
