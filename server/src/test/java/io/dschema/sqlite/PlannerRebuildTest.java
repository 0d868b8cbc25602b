package io.dschema.sqlite;

import io.dschema.diff.SchemaChange.ColumnAspect;
import io.dschema.model.SqlObject;
import io.dschema.model.Table;
import io.dschema.plan.Plan;
import io.dschema.plan.RiskKind;
import io.dschema.plan.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Changes that need SQLite's 12-step rebuild, applied to tables with rows. */
class PlannerRebuildTest {

    @TempDir
    Path folder;

    @Test
    void rebuildCreatesEachIndexOnce() throws Exception {
        // drizzle-kit push creates a rebuilt table's indexes twice and fails ("index ... already exists").
        String before = """
                table users {
                  id    integer primary key
                  email text unique
                  name  text
                  age   integer
                  index users_name on (name)
                }
                """;
        String after = """
                table users {
                  id    integer primary key
                  email text unique
                  name  text
                  age   text
                  index users_name on (name)
                  unique index users_lower_email on (lower(email))
                }
                """;
        DiffFixture fx = new DiffFixture(before, after).alterColumn("users", "age", ColumnAspect.TYPE).createIndex("users", "users_lower_email");
        try (TestDatabase db = new TestDatabase(folder)) {
            fx.createBefore(db);
            db.exec("INSERT INTO users VALUES (1, 'a@x', 'ann', 30), (2, 'b@x', 'bob', NULL)");
            Plan plan = fx.plan();
            assertEquals(1, plan.steps().size());
            assertEquals("rebuild table users (alter column age type, create index users_lower_email)", plan.steps().get(0).summary());
            db.apply(plan);
            assertEquals(List.of("users_email_unique", "users_lower_email", "users_name"), db.indexNames("users"));
            assertEquals(List.of(List.of(1, "a@x", "ann", "30"), Arrays.asList(2, "b@x", "bob", null)), db.rows("SELECT * FROM users ORDER BY id"));
            assertEquals("text", db.table("users").column("age").orElseThrow().type());
            assertEquals(List.of(List.of("ok")), db.rows("PRAGMA integrity_check"));
        }
    }

    @Test
    void notNullWithFalsyDefaultsKeepsEveryRow() throws Exception {
        // drizzle-kit treats default 0 / false / '' as "no default" and truncates the table.
        String before = "table t {\n id integer primary key\n a integer\n b integer\n c text\n}\n";
        String after = "table t {\n id integer primary key\n a integer not null default 0\n b integer not null default false\n c text not null default ''\n}\n";
        DiffFixture fx = new DiffFixture(before, after).alterColumn("t", "a", ColumnAspect.NULLABILITY, ColumnAspect.DEFAULT)
                .alterColumn("t", "b", ColumnAspect.NULLABILITY, ColumnAspect.DEFAULT).alterColumn("t", "c", ColumnAspect.NULLABILITY, ColumnAspect.DEFAULT);
        try (TestDatabase db = new TestDatabase(folder)) {
            fx.createBefore(db);
            db.exec("INSERT INTO t VALUES (1, 5, 1, 'x'), (2, NULL, NULL, NULL)");
            Plan plan = fx.plan();
            List<String> reasons = RiskAssessor.assess(plan, db).get(0).reasons();
            assertTrue(reasons.contains("1 rows have NULL in t.a: set to the default 0"), reasons.toString());
            assertEquals(RiskKind.CHANGES_VALUES, RiskAssessor.assess(plan, db).get(0).kind());
            db.apply(plan);
            assertEquals(List.of(List.of(1, 5, 1, "x"), List.of(2, 0, 0, "")), db.rows("SELECT * FROM t ORDER BY id"));
            assertTrue(db.table("t").column("c").orElseThrow().notNull());
        }
    }

    @Test
    void keepsRowidsOfTablesWithoutIntegerKeyAndTheirColumnNamedRowid() throws Exception {
        String before = "table t {\n rowid text\n v integer\n}\n";
        String after = "table t {\n rowid text\n v text\n}\n";
        DiffFixture fx = new DiffFixture(before, after).alterColumn("t", "v", ColumnAspect.TYPE);
        try (TestDatabase db = new TestDatabase(folder)) {
            fx.createBefore(db);
            db.exec("INSERT INTO t (oid, rowid, v) VALUES (10, 'a', 1), (20, 'b', 2)");
            db.apply(fx.plan());
            assertEquals(List.of(List.of(10, "a", "1"), List.of(20, "b", "2")), db.rows("SELECT oid, rowid, v FROM t ORDER BY oid"));
        }
    }

    @Test
    void keepsAutoincrementSequence() throws Exception {
        String before = "table t {\n id integer primary key autoincrement\n v integer\n}\n";
        String after = "table t {\n id integer primary key autoincrement\n v integer not null default 1\n}\n";
        DiffFixture fx = new DiffFixture(before, after).alterColumn("t", "v", ColumnAspect.NULLABILITY, ColumnAspect.DEFAULT);
        try (TestDatabase db = new TestDatabase(folder)) {
            fx.createBefore(db);
            db.exec("INSERT INTO t (v) VALUES (1), (2), (3)", "DELETE FROM t WHERE id = 3");
            db.apply(fx.plan());
            db.exec("INSERT INTO t (v) VALUES (4)");
            assertEquals(List.of(List.of(1, 1), List.of(2, 2), List.of(4, 4)), db.rows("SELECT id, v FROM t ORDER BY id"));
            assertEquals(List.of(List.of("t", 4)), db.rows("SELECT name, seq FROM sqlite_sequence"));
        }
    }

    @Test
    void recreatesViewsAndTriggersAfterRebuild() throws Exception {
        String before = "table users {\n id integer primary key\n name text\n}\ntable audit {\n what text\n}\n";
        String after = "table users {\n id integer primary key\n name text not null default '?'\n}\ntable audit {\n what text\n}\n";
        try (TestDatabase db = new TestDatabase(folder)) {
            new DiffFixture(before, after).createBefore(db);
            db.exec("CREATE VIEW named AS SELECT id, name FROM users WHERE name IS NOT NULL",
                    "CREATE VIEW named_count AS SELECT count(*) AS n FROM named",
                    "CREATE TRIGGER users_audit AFTER INSERT ON users BEGIN INSERT INTO audit VALUES (new.name); END",
                    "INSERT INTO users VALUES (1, 'ann'), (2, NULL)", "DELETE FROM audit");
            DiffFixture fx = new DiffFixture(before, after);
            fx.before = db.schema();
            fx.before = new io.dschema.model.Schema(fx.before.tables(), List.of(
                    new SqlObject(SqlObject.Kind.VIEW, "named", "named", fx.before.views().get(0).sql(), List.of("users")),
                    new SqlObject(SqlObject.Kind.VIEW, "named_count", "named_count", fx.before.views().get(1).sql(), List.of("named"))),
                    fx.before.triggers());
            fx.alterColumn("users", "name", ColumnAspect.NULLABILITY, ColumnAspect.DEFAULT);
            db.apply(fx.plan());
            assertEquals(List.of(List.of(1, "ann"), List.of(2, "?")), db.rows("SELECT * FROM named ORDER BY id"));
            assertEquals(List.of(List.of(2)), db.rows("SELECT n FROM named_count"));
            db.exec("INSERT INTO users (id, name) VALUES (3, 'cy')");
            assertEquals(List.of(List.of("cy")), db.rows("SELECT what FROM audit"));
        }
    }

    @Test
    void renamedColumnWithTypeChangeKeepsValues() throws Exception {
        // drizzle-kit loses the RENAME COLUMN when the same column also changes type.
        String before = "table t {\n id integer primary key\n pos integer\n name text\n}\n";
        String after = "table t {\n id integer primary key\n position text\n extra integer default 7\n}\n";
        DiffFixture fx = new DiffFixture(before, after).renameColumn("t", "pos", "position")
                .alterColumn("t", "t", "pos", "position", ColumnAspect.TYPE).addColumn("t", "extra").dropColumn("t", "name");
        try (TestDatabase db = new TestDatabase(folder)) {
            fx.createBefore(db);
            db.exec("INSERT INTO t VALUES (1, 10, 'a'), (2, NULL, 'b')");
            Plan plan = fx.plan();
            Step rebuild = plan.steps().get(1);
            assertEquals("rebuild table t (alter column position type, add column extra, drop column name)", rebuild.summary());
            List<String> reasons = RiskAssessor.assess(plan, db).get(1).reasons();
            assertTrue(reasons.contains("2 values in t.name will be lost"), reasons.toString());
            assertTrue(reasons.contains("1 values in t.position will be converted (INTEGER affinity to TEXT)"), reasons.toString());
            db.apply(plan);
            assertEquals(List.of(List.of(1, "10", 7), Arrays.asList(2, null, 7)), db.rows("SELECT * FROM t ORDER BY id"));
            Table t = db.table("t");
            assertNull(t.column("name").orElse(null));
        }
    }

    @Test
    void changesPrimaryKeyAndStrictness() throws Exception {
        String before = "table m {\n a integer not null\n b text not null\n note text\n}\n";
        String after = "table m strict, without rowid {\n a integer not null\n b text not null\n note text\n primary key (a, b)\n}\n";
        DiffFixture fx = new DiffFixture(before, after).changePrimaryKey("m").changeOptions("m");
        try (TestDatabase db = new TestDatabase(folder)) {
            fx.createBefore(db);
            db.exec("INSERT INTO m VALUES (1, 'x', 'n1'), (1, 'y', NULL)");
            db.apply(fx.plan());
            Table m = db.table("m");
            assertTrue(m.strict() && m.withoutRowid());
            assertEquals(2, m.primaryKey().columns().size());
            assertEquals(List.of(List.of(1, "x", "n1"), Arrays.asList(1, "y", null)), db.rows("SELECT * FROM m ORDER BY b"));
        }
    }

    @Test
    void duplicatesUnderNewPrimaryKeyWillFail() throws Exception {
        String before = "table m {\n a integer not null\n b text not null\n}\n";
        String after = "table m without rowid {\n a integer not null\n b text not null\n primary key (a)\n}\n";
        DiffFixture fx = new DiffFixture(before, after).changePrimaryKey("m").changeOptions("m");
        try (TestDatabase db = new TestDatabase(folder)) {
            fx.createBefore(db);
            db.exec("INSERT INTO m VALUES (1, 'x'), (1, 'y'), (2, 'z')");
            var assessed = RiskAssessor.assess(fx.plan(), db).get(0);
            assertEquals(RiskKind.WILL_FAIL, assessed.kind());
            assertTrue(assessed.reasons().contains("1 groups of duplicate rows in m under the new primary key"), assessed.reasons().toString());
        }
    }
}
