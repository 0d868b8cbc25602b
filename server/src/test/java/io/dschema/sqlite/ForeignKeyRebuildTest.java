package io.dschema.sqlite;

import io.dschema.diff.SchemaChange.ColumnAspect;
import io.dschema.model.Schema;
import io.dschema.model.SqlObject;
import io.dschema.plan.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rebuilding a parent keeps every child row: with foreign keys turned off (our push), and with
 * them on inside one transaction (drizzle-orm's migrator running a generated file), where a plain
 * rebuild's DROP TABLE would cascade-delete or null out the children (drizzle-orm #5782).
 */
class ForeignKeyRebuildTest {

    @TempDir
    Path folder;

    private static final String CHILDREN = """
            table child_cascade {
              id        integer primary key
              parent_id integer references parent(id) on delete cascade
              label     text
              shout     text as (upper(label))
            }
            table child_set_null {
              id        integer primary key
              parent_id integer references parent(id) on delete set null
            }
            table child_restrict {
              id        integer primary key
              parent_id integer references parent(id) on delete restrict
            }
            table grandchild {
              id       integer primary key
              child_id integer references child_cascade(id) on delete cascade
            }
            table tree {
              id        integer primary key
              parent_id integer references parent(id) on delete cascade
              up        integer references tree(id) on delete cascade
            }
            table keyed without rowid {
              k         text primary key
              parent_id integer references parent(id) on delete cascade
            }
            table plain {
              note      text
              parent_id integer references parent(id) on delete cascade
            }
            table audit { what text }
            """;
    private static final String BEFORE = """
            table parent {
              id   integer primary key
              name text
              boss integer references parent(id) on delete cascade
            }
            """ + CHILDREN;
    private static final String AFTER = """
            table parent {
              id   integer primary key
              name text not null default 'x'
              boss integer references parent(id) on delete cascade
            }
            """ + CHILDREN;

    private static final String[] ROWS = {
        "INSERT INTO parent VALUES (1, 'p1', NULL), (2, NULL, 1)",
        "INSERT INTO child_cascade (id, parent_id, label) VALUES (10, 1, 'a'), (11, 2, 'b')",
        "INSERT INTO child_set_null VALUES (20, 1), (21, 2)",
        "INSERT INTO child_restrict VALUES (30, 1)",
        "INSERT INTO grandchild VALUES (40, 10), (41, 11)",
        "INSERT INTO tree VALUES (50, 1, NULL), (51, 2, 50)",
        "INSERT INTO keyed VALUES ('k1', 1), ('k2', 2)",
        "INSERT INTO plain (rowid, note, parent_id) VALUES (70, 'n', 1)",
        "CREATE TRIGGER cascade_audit AFTER DELETE ON child_cascade BEGIN INSERT INTO audit VALUES ('deleted ' || old.id); END",
        "CREATE TRIGGER cascade_insert_audit AFTER INSERT ON child_cascade BEGIN INSERT INTO audit VALUES ('inserted ' || new.id); END",
    };

    @ParameterizedTest(name = "canDisableForeignKeys={0}")
    @ValueSource(booleans = {true, false})
    void rebuildingAParentKeepsEveryChildRow(boolean canDisableForeignKeys) throws Exception {
        try (TestDatabase db = new TestDatabase(folder)) {
            new DiffFixture(BEFORE, AFTER).createBefore(db);
            db.exec("PRAGMA foreign_keys=ON");
            db.exec(ROWS);
            DiffFixture fx = new DiffFixture(BEFORE, AFTER);
            Schema read = db.schema();
            fx.before = new Schema(fx.before.tables(), List.of(), read.triggers());
            fx.alterColumn("parent", "name", ColumnAspect.NULLABILITY, ColumnAspect.DEFAULT);
            Plan plan = fx.plan(canDisableForeignKeys);
            if (canDisableForeignKeys) {
                assertEquals(List.of("PRAGMA foreign_keys=OFF"), plan.prologue());
                db.apply(plan);
            } else {
                assertTrue(plan.prologue().isEmpty());
                assertTrue(plan.statements().contains("DELETE FROM \"child_cascade\""), "children are copied aside and emptied");
                db.applyAsMigrator(plan);
            }
            assertEquals(List.of(Arrays.asList(1, "p1", null), List.of(2, "x", 1)), db.rows("SELECT * FROM parent ORDER BY id"));
            assertEquals(List.of(List.of(10, 1, "a", "A"), List.of(11, 2, "b", "B")), db.rows("SELECT * FROM child_cascade ORDER BY id"));
            assertEquals(List.of(List.of(20, 1), List.of(21, 2)), db.rows("SELECT * FROM child_set_null ORDER BY id"));
            assertEquals(List.of(List.of(30, 1)), db.rows("SELECT * FROM child_restrict"));
            assertEquals(List.of(List.of(40, 10), List.of(41, 11)), db.rows("SELECT * FROM grandchild ORDER BY id"));
            assertEquals(List.of(Arrays.asList(50, 1, null), List.of(51, 2, 50)), db.rows("SELECT * FROM tree ORDER BY id"));
            assertEquals(List.of(List.of("k1", 1), List.of("k2", 2)), db.rows("SELECT * FROM keyed ORDER BY k"));
            assertEquals(List.of(List.of(70, "n", 1)), db.rows("SELECT rowid, * FROM plain"));
            assertEquals(List.of(), db.rows("SELECT * FROM audit"), "triggers on the children did not fire");
            assertEquals(List.of(), db.rows("PRAGMA foreign_key_check"));
            assertTrue(db.table("parent").column("name").orElseThrow().notNull());
            db.exec("PRAGMA foreign_keys=ON", "DELETE FROM child_cascade WHERE id = 11");
            assertEquals(List.of(List.of("deleted 11")), db.rows("SELECT * FROM audit"), "the triggers are back");
            assertEquals(List.of(List.of(40, 10)), db.rows("SELECT * FROM grandchild"), "the foreign keys still act");
        }
    }

    @Test
    void guardRollsBackANewForeignKeyViolation() throws Exception {
        String before = "table users { id integer primary key }\ntable posts {\n id integer primary key\n user_id integer\n}\n";
        String after = "table users { id integer primary key }\ntable posts {\n id integer primary key\n user_id integer references users(id)\n}\n";
        try (TestDatabase db = new TestDatabase(folder)) {
            DiffFixture fx = new DiffFixture(before, after).createBefore(db).addForeignKey("posts", 0);
            db.exec("INSERT INTO users VALUES (1)", "INSERT INTO posts VALUES (1, 1), (2, 99)");
            Plan plan = fx.plan(true);
            SQLException failure = assertThrows(SQLException.class, () -> db.apply(plan));
            assertTrue(failure.getMessage().contains("new foreign key violations in posts"), failure.getMessage());
            assertEquals(List.of(List.of(1, 1), List.of(2, 99)), db.rows("SELECT * FROM posts ORDER BY id"));
            assertEquals(0, db.table("posts").foreignKeys().size(), "rolled back: no foreign key");
            assertEquals("1 rows in posts reference missing users rows (user_id)", RiskAssessor.assess(plan, db).get(0).reasons().get(2));
        }
    }

    @Test
    void guardIgnoresViolationsThatWereAlreadyThere() throws Exception {
        String before = "table users { id integer primary key }\ntable posts {\n id integer primary key\n user_id integer references users(id)\n title text\n}\n";
        String after = "table users { id integer primary key }\ntable posts {\n id integer primary key\n user_id integer references users(id)\n title text not null default ''\n}\n";
        try (TestDatabase db = new TestDatabase(folder)) {
            DiffFixture fx = new DiffFixture(before, after).createBefore(db).alterColumn("posts", "title", ColumnAspect.NULLABILITY, ColumnAspect.DEFAULT);
            db.exec("INSERT INTO posts VALUES (1, 99, NULL)");
            db.apply(fx.plan(true));
            assertEquals(List.of(List.of(1, 99, "")), db.rows("SELECT * FROM posts"));
            assertEquals(List.of(), db.rows("SELECT name FROM sqlite_temp_master"), "the guard's temporary tables are gone");
        }
    }
}
