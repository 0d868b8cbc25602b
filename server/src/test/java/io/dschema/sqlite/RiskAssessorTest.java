package io.dschema.sqlite;

import io.dschema.diff.SchemaChange.ColumnAspect;
import io.dschema.plan.AssessedStep;
import io.dschema.plan.Plan;
import io.dschema.plan.RiskKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Risks counted on live rows, and what is left of them with no database. */
class RiskAssessorTest {

    @TempDir
    Path folder;

    private static final String BEFORE = "table users {\n id integer primary key\n email text\n age integer\n}\n";

    @Test
    void nullsUnderNewNotNullWithoutDefaultWillFail() throws Exception {
        DiffFixture fx = new DiffFixture(BEFORE, "table users {\n id integer primary key\n email text not null\n age integer\n}\n")
                .alterColumn("users", "email", ColumnAspect.NULLABILITY);
        try (TestDatabase db = new TestDatabase(folder)) {
            fx.createBefore(db);
            db.exec("INSERT INTO users (id, email) VALUES (1, 'a'), (2, NULL), (3, NULL), (4, NULL)");
            AssessedStep step = RiskAssessor.assess(fx.plan(), db).get(0);
            assertEquals(RiskKind.WILL_FAIL, step.kind());
            assertEquals(List.of("rebuild table users (alter column email nullability)", "4 rows in users will be copied",
                    "3 rows have NULL in users.email, which becomes not null without a default"), step.reasons());
            assertEquals(List.of(4L, 3L), step.counts());
        }
    }

    @Test
    void withoutDatabaseEveryHazardMayHold() {
        DiffFixture fx = new DiffFixture(BEFORE, "table users {\n id integer primary key\n email text not null\n}\n")
                .alterColumn("users", "email", ColumnAspect.NULLABILITY).dropColumn("users", "age");
        AssessedStep step = RiskAssessor.assess(fx.plan(), null).get(0);
        assertEquals(RiskKind.MAY_FAIL, step.kind());
        assertTrue(step.reasons().contains("some values in users.age will be lost"), step.reasons().toString());
        assertEquals(List.of(-1L, -1L, -1L), step.counts());
    }

    @Test
    void emptyTableIsOnlyARebuild() throws Exception {
        DiffFixture fx = new DiffFixture(BEFORE, "table users {\n id integer primary key\n email text not null\n age integer\n}\n")
                .alterColumn("users", "email", ColumnAspect.NULLABILITY);
        try (TestDatabase db = new TestDatabase(folder)) {
            fx.createBefore(db);
            assertEquals(RiskKind.REBUILD, RiskAssessor.assess(fx.plan(), db).get(0).kind());
        }
    }

    @Test
    void countsDuplicatesOrphansAndBrokenChecks() throws Exception {
        String before = BEFORE + "table posts {\n id integer primary key\n user_id integer\n}\n";
        String after = """
                table users {
                  id    integer primary key
                  email text unique
                  age   integer
                  check adult (age >= 18)
                }
                table posts {
                  id      integer primary key
                  user_id integer references users(id)
                }
                """;
        DiffFixture fx = new DiffFixture(before, after).createIndex("users", "users_email_unique").addCheck("users", 0).addForeignKey("posts", 0);
        try (TestDatabase db = new TestDatabase(folder)) {
            fx.createBefore(db);
            db.exec("INSERT INTO users VALUES (1, 'a', 20), (2, 'a', 10), (3, NULL, 5), (4, NULL, NULL), (5, 'b', 30), (6, 'b', 31)",
                    "INSERT INTO posts VALUES (1, 1), (2, 7), (3, NULL), (4, 8)");
            List<AssessedStep> steps = RiskAssessor.assess(fx.plan(), db);
            List<String> reasons = steps.stream().flatMap(step -> step.reasons().stream()).toList();
            assertTrue(reasons.contains("2 groups of duplicate rows in users under the new unique index users_email_unique"), reasons.toString());
            assertTrue(reasons.contains("2 rows in users break the check adult (age >= 18)"), reasons.toString());
            assertTrue(reasons.contains("2 rows in posts reference missing users rows (user_id)"), reasons.toString());
            assertTrue(steps.stream().allMatch(step -> step.kind() == RiskKind.WILL_FAIL), steps.toString());
        }
    }

    @Test
    void queryErrorBecomesAReason() {
        DiffFixture fx = new DiffFixture(BEFORE, "table users {\n id integer primary key\n age integer\n}\n").dropColumn("users", "email");
        Plan plan = fx.plan();
        AssessedStep step = RiskAssessor.assess(plan, (sql, parameters) -> {
            throw new io.dschema.db.DatabaseException(io.dschema.db.DatabaseException.Kind.OTHER, "database is locked");
        }).get(0);
        assertEquals(RiskKind.LOSES_DATA, step.kind());
        assertEquals(List.of("some values in users.email will be lost (could not count: database is locked)"), step.reasons());
    }

    @Test
    void planIsDeterministic() {
        String after = "table users {\n id integer primary key\n email text not null default '' unique\n}\ntable posts {\n id integer primary key\n user_id integer references users(id)\n}\n";
        DiffFixture fx = new DiffFixture(BEFORE + "table posts {\n id integer primary key\n user_id integer references users(id)\n}\n", after)
                .alterColumn("users", "email", ColumnAspect.NULLABILITY, ColumnAspect.DEFAULT).dropColumn("users", "age")
                .createIndex("users", "users_email_unique");
        assertEquals(fx.plan(false), fx.plan(false));
        assertEquals(fx.plan(true), fx.plan(true));
        assertEquals(fx.plan(true).statements(), new DiffFixture(BEFORE + "table posts {\n id integer primary key\n user_id integer references users(id)\n}\n", after)
                .alterColumn("users", "email", ColumnAspect.NULLABILITY, ColumnAspect.DEFAULT).dropColumn("users", "age")
                .createIndex("users", "users_email_unique").plan(true).statements());
    }
}
