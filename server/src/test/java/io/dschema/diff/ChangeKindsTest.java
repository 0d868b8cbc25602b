package io.dschema.diff;

import io.dschema.model.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.dschema.diff.DiffFixture.changes;
import static io.dschema.diff.DiffFixture.schema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of change, and the documented order of a diff with many. */
class ChangeKindsTest {

    @Test
    void tablesCreatedAndDropped() {
        assertEquals(List.of("drop table old_stuff", "create table a", "create table b"), changes(
                "table old_stuff {\n id integer primary key\n}\ntable keep {\n id integer primary key\n}",
                "table keep {\n id integer primary key\n}\ntable a {\n id integer primary key\n unique_name text unique\n}\n"
                        + "table b {\n id integer primary key\n}"));
    }

    @Test
    void columnsAddedDroppedAndAltered() {
        List<String> changes = changes("""
                table users {
                  id    integer primary key
                  gone  text
                  email text
                  n     integer default 1
                }
                """, """
                table users {
                  id    integer primary key
                  email varchar(200) not null default '' collate nocase
                  n     integer default 2
                  added text
                }
                """);
        // With a column dropped and one added, "added" is an open question (see RenameTest); still both changes.
        assertEquals(List.of("drop column users.gone", "add column users.added",
                "alter column users.email (type, nullability, default, collation)",
                "alter column users.n (default)"), changes);
    }

    @Test
    void tableOptionsAndPrimaryKey() {
        assertEquals(List.of("change options of table t (none to strict)"),
                changes("table t {\n id integer primary key\n}", "table t strict {\n id integer primary key\n}"));
        assertEquals(List.of("change options of table t (none to without rowid)"),
                changes("table t {\n id text primary key not null\n}", "table t without rowid {\n id text primary key\n}"));
        assertEquals(List.of("change primary key of t from (a) to (a, b)"),
                changes("table t {\n a integer primary key\n b integer not null\n}",
                        "table t {\n a integer not null\n b integer not null\n primary key (a, b)\n}"));
        assertEquals(List.of("change primary key of t from (a, b) to (b, a)"),
                changes("table t {\n a integer not null\n b integer not null\n primary key (a, b)\n}",
                        "table t {\n a integer not null\n b integer not null\n primary key (b, a)\n}"));
        assertEquals(List.of("change primary key of t from (id) to (id) autoincrement"),
                changes("table t {\n id integer primary key\n}", "table t {\n id integer primary key autoincrement\n}"));
        assertEquals(List.of("change primary key of t from none to (id)", "alter column t.id (nullability)"),
                changes("table t {\n id integer\n}", "table t {\n id integer primary key\n}"));
        // Column level or table level is the same key.
        assertEquals(List.of(), changes("table t {\n id integer primary key\n}", "table t {\n id integer\n primary key (id)\n}"));
    }

    @Test
    void foreignKeysChecksAndIndexes() {
        String before = """
                table p {
                  id integer primary key
                  code text unique
                }
                table c {
                  id   integer primary key
                  p_id integer references p
                  x    integer check (x > 0)
                  index by_x on (x)
                }
                """;
        String after = """
                table p {
                  id integer primary key
                  code text unique
                }
                table c {
                  id   integer primary key
                  p_id integer references p(id)
                  code text references p(code)
                  x    integer check (x >= 0)
                  index by_x on (x, id)
                  unique index by_code on (code)
                }
                """;
        assertEquals(List.of("add column c.code",
                "add foreign key c (code) references p (code)",
                "drop check on c (x > 0)", "add check on c (x >= 0)",
                "drop index by_x on c", "create index by_x on c (x, id)", "create unique index by_code on c (code)"),
                changes(before, after));
    }

    @Test
    void everyChangeKindInTheDocumentedOrderAndTheSameResultTwice() {
        Schema before = schema("""
                table gone {
                  id integer primary key
                }
                table a {
                  id  integer primary key
                }
                table users {
                  id    integer primary key
                  pos   integer
                  drop_me text
                  email text
                  team  integer references a
                  check (pos > 0)
                  index by_email on (email)
                }
                """);
        Schema after = schema("""
                table teams renamed from a {
                  id integer primary key
                }
                table users strict {
                  id       integer primary key autoincrement
                  position integer renamed from pos
                  email    text not null
                  team     integer
                  added    text
                  check (position > 1)
                  index by_email2 on (email)
                }
                table fresh {
                  id integer primary key
                }
                """);
        DiffResult first = SchemaDiffer.diff(before, after, RenameAnswers.NONE);
        assertEquals(List.of(
                "rename table a to teams",
                "drop table gone",
                "create table fresh",
                "rename column users.pos to position",
                "change options of table users (none to strict)",
                "change primary key of users from (id) to (id) autoincrement",
                "drop column users.drop_me",
                "add column users.added",
                "alter column users.email (nullability)",
                "drop foreign key users (team) references a",
                "drop check on users (pos > 0)",
                "add check on users (position > 1)",
                "drop index by_email on users",
                "create index by_email2 on users (email)",
                "question table fresh renamed from one of [gone]?",
                "question column users.added renamed from one of [drop_me]?"), DiffFixture.all(first));
        DiffResult second = SchemaDiffer.diff(before, after, RenameAnswers.NONE);
        assertEquals(first, second);
        assertInstanceOf(SchemaChange.RenameTable.class, first.changes().get(0));
        assertTrue(first.hintProblems().isEmpty());
    }

    @Test
    void viewsAndTriggersAreNotDiffed() {
        Schema plain = schema("table t {\n id integer primary key\n}");
        Schema withView = new Schema(plain.tables(),
                List.of(new io.dschema.model.SqlObject(io.dschema.model.SqlObject.Kind.VIEW, "v", null, "create view v as select 1", List.of())),
                List.of());
        assertEquals(List.of(), DiffFixture.all(SchemaDiffer.diff(withView, plain, RenameAnswers.NONE)));
    }

    @Test
    void nullInputsAreEmptySchemas() {
        DiffResult result = SchemaDiffer.diff(null, schema("table t {\n id integer primary key\n}"), null);
        assertEquals(List.of("create table t"), ChangeText.describe(result.changes()));
    }
}
