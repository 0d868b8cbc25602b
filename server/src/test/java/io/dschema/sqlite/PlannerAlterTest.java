package io.dschema.sqlite;

import io.dschema.model.Table;
import io.dschema.plan.Plan;
import io.dschema.plan.RiskKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Changes SQLite makes in place: each applied to a table with rows, rows and schema read back. */
class PlannerAlterTest {

    @TempDir
    Path folder;

    private static final String USERS = """
            table users {
              id   integer primary key
              name text
              age  integer
            }
            """;

    private TestDatabase withUsers(DiffFixture fx) throws Exception {
        TestDatabase db = new TestDatabase(folder);
        fx.createBefore(db);
        db.exec("INSERT INTO users (id, name, age) VALUES (1, 'ann', 30), (2, NULL, 41)");
        return db;
    }

    @Test
    void renamesTableAndColumnKeepingRows() throws Exception {
        DiffFixture fx = new DiffFixture(USERS, """
                table people {
                  id        integer primary key
                  full_name text
                  age       integer
                }
                """).renameTable("users", "people").renameColumn("people", "name", "full_name");
        try (TestDatabase db = withUsers(fx)) {
            Plan plan = fx.plan();
            db.apply(plan);
            assertEquals(List.of(List.of(1, "ann", 30), java.util.Arrays.asList(2, null, 41)),
                    db.rows("SELECT id, full_name, age FROM people ORDER BY id"));
            assertTrue(plan.steps().stream().allMatch(step -> step.baseKind() == RiskKind.SAFE));
            assertTrue(plan.prologue().isEmpty(), "no rebuild, no drop: foreign keys stay as they are");
        }
    }

    @Test
    void addsColumnInPlaceWithItsDefaultAndForeignKey() throws Exception {
        DiffFixture fx = new DiffFixture(USERS + "table teams { id integer primary key }\n", """
                table users {
                  id       integer primary key
                  name     text
                  age      integer
                  position integer not null default 0
                  team_id  integer references teams(id) on delete cascade
                }
                table teams { id integer primary key }
                """).addColumn("users", "position").addColumn("users", "team_id");
        try (TestDatabase db = withUsers(fx)) {
            Plan plan = fx.plan();
            assertTrue(plan.statements().stream().allMatch(sql -> sql.startsWith("ALTER TABLE")), plan.statements().toString());
            db.apply(plan);
            assertEquals(List.of(List.of(1, "ann", 0), java.util.Arrays.asList(2, null, 0)),
                    db.rows("SELECT id, name, position FROM users ORDER BY id"));
            assertEquals(List.of(List.of("teams", "team_id", "id", "CASCADE")),
                    db.rows("SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('users')"));
            Table users = db.table("users");
            assertEquals(1, users.foreignKeys().size());
        }
    }

    @Test
    void dropsColumnInPlaceAndCountsItsValues() throws Exception {
        DiffFixture fx = new DiffFixture(USERS, """
                table users {
                  id   integer primary key
                  age  integer
                }
                """).dropColumn("users", "name");
        try (TestDatabase db = withUsers(fx)) {
            Plan plan = fx.plan();
            assertEquals(List.of("ALTER TABLE \"users\" DROP COLUMN \"name\""), plan.statements());
            assertEquals("1 values in users.name will be lost",
                    RiskAssessor.assess(plan, db).get(0).reasons().get(0));
            db.apply(plan);
            assertEquals(List.of(List.of(1, 30), List.of(2, 41)), db.rows("SELECT * FROM users ORDER BY id"));
        }
    }

    @Test
    void indexedColumnIsDroppedWithItsIndexInPlace() throws Exception {
        String before = """
                table users {
                  id   integer primary key
                  name text
                  age  integer
                  index users_name on (name)
                }
                """;
        DiffFixture fx = new DiffFixture(before, "table users {\n id integer primary key\n age integer\n}\n")
                .dropIndex("users", "users", "users_name").dropColumn("users", "name");
        try (TestDatabase db = withUsers(fx)) {
            Plan plan = fx.plan();
            assertEquals(List.of("DROP INDEX \"users_name\"", "ALTER TABLE \"users\" DROP COLUMN \"name\""), plan.statements());
            db.apply(plan);
            assertEquals(List.of(List.of(1, 30), List.of(2, 41)), db.rows("SELECT * FROM users ORDER BY id"));
        }
    }

    @Test
    void createsAndDropsTablesAndIndexes() throws Exception {
        DiffFixture fx = new DiffFixture(USERS + "table old_stuff { x text }\n", """
                table users {
                  id   integer primary key
                  name text unique
                  age  integer
                  index users_age on (age desc) where age > 0
                }
                table posts {
                  id      integer primary key autoincrement
                  user_id integer not null references users(id)
                  title   text not null default 'untitled' collate nocase
                  check title_not_empty (title <> '')
                }
                """).dropTable("old_stuff").createTable("posts").createIndex("users", "users_name_unique").createIndex("users", "users_age");
        try (TestDatabase db = withUsers(fx)) {
            db.exec("INSERT INTO old_stuff VALUES ('a'), ('b')");
            Plan plan = fx.plan();
            assertEquals("2 rows in old_stuff will be deleted", RiskAssessor.assess(plan, db).stream()
                    .filter(step -> step.step().summary().equals("drop table old_stuff")).findFirst().orElseThrow().reasons().get(0));
            db.apply(plan);
            assertEquals(List.of("users_age", "users_name_unique"), db.indexNames("users"));
            assertEquals(List.of(), db.rows("SELECT name FROM sqlite_master WHERE name = 'old_stuff'"));
            Table posts = db.table("posts");
            assertTrue(posts.primaryKey().autoincrement());
            assertEquals("nocase", posts.column("title").orElseThrow().collation());
            assertEquals("title_not_empty", posts.checks().get(0).name());
            db.exec("INSERT INTO posts (user_id) VALUES (1)");
            assertEquals(List.of(List.of(1, 1, "untitled")), db.rows("SELECT * FROM posts"));
            assertTrue(plan.setup().isEmpty(), "posts is created empty by the plan: it cannot hold a violation, nothing to guard");
        }
    }
}
