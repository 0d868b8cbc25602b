package io.dschema.diff;

import io.dschema.model.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.dschema.diff.DiffFixture.all;
import static io.dschema.diff.DiffFixture.schema;
import static io.dschema.diff.DiffFixture.sqlite;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rename hints, hint problems, open questions and their answers, and what follows a rename. */
class RenameTest {

    private static List<String> diff(String before, String after) {
        return all(SchemaDiffer.diff(schema(before), schema(after), RenameAnswers.NONE));
    }

    @Test
    void tableHint() {
        assertEquals(List.of("rename table people to users"), diff("table people {\n id integer primary key\n}",
                "table users renamed from people {\n id integer primary key\n}"));
    }

    @Test
    void aRenamedTablesOtherChangesAreAgainstTheOldDefinition() {
        assertEquals(List.of("rename table people to users", "add column users.email", "alter column users.name (nullability)"),
                diff("table people {\n id integer primary key\n name text\n}",
                        "table users renamed from people {\n id integer primary key\n name text not null\n email text\n}"));
    }

    @Test
    void twoHintsForOneOldNameAreAProblem() {
        assertEquals(List.of("rename column t.b to c", "add column t.d",
                        "problem: column t.d says 'renamed from b', but b is kept or renamed to something else already: remove the hint"),
                all(SchemaDiffer.diff(schema("table t {\n id integer primary key\n b text\n}"),
                        DiffFixture.unchecked("table t {\n id integer primary key\n c text renamed from b\n d text renamed from b\n}"),
                        RenameAnswers.NONE)));
    }

    @Test
    void columnHint() {
        assertEquals(List.of("rename column users.pos to position"),
                diff("table users {\n id integer primary key\n pos integer\n}",
                        "table users {\n id integer primary key\n position integer renamed from pos\n}"));
    }

    @Test
    void tableAndColumnHintTogetherAndIndexesChecksAndKeysFollow() {
        String before = """
                table people {
                  id integer primary key
                  pos integer
                  check (pos >= 0)
                  index by_pos on (pos)
                  unique pos_key (pos)
                }
                table cards {
                  id integer primary key
                  owner integer references people(id)
                  owner_pos integer
                  foreign key (owner_pos) references people(pos)
                }
                """;
        String after = """
                table users renamed from people {
                  id integer primary key
                  position integer renamed from pos
                  check (position >= 0)
                  index by_pos on (position)
                  unique pos_key (position)
                }
                table cards {
                  id integer primary key
                  owner integer references users(id)
                  owner_pos integer
                  foreign key (owner_pos) references users(position)
                }
                """;
        assertEquals(List.of("rename table people to users", "rename column users.pos to position"), diff(before, after));
    }

    @Test
    void hintAndTypeChangeInTheSameColumnKeepTheRename() {
        assertEquals(List.of("rename column users.pos to position", "alter column users.position (type, default)"),
                diff("table users {\n id integer primary key\n pos integer\n}",
                        "table users {\n id integer primary key\n position real default 0 renamed from pos\n}"));
    }

    @Test
    void derivedUniqueIndexNamesFollowRenamesByDropAndCreate() {
        assertEquals(List.of("rename column users.mail to email", "drop unique index users_mail_unique on users",
                        "create unique index users_email_unique on users (email)"),
                diff("table users {\n id integer primary key\n mail text unique\n}",
                        "table users {\n id integer primary key\n email text unique renamed from mail\n}"));
        assertEquals(List.of("rename table people to users", "drop unique index people_email_unique on users",
                        "create unique index users_email_unique on users (email)"),
                diff("table people {\n id integer primary key\n email text unique\n}",
                        "table users renamed from people {\n id integer primary key\n email text unique\n}"));
        // A written name does not follow: the same index.
        assertEquals(List.of("rename column users.mail to email"),
                diff("table users {\n id integer primary key\n mail text\n unique email_key (mail)\n}",
                        "table users {\n id integer primary key\n email text renamed from mail\n unique email_key (email)\n}"));
    }

    @Test
    void derivedNameOfAnInlineUniqueReadFromADatabase() {
        Schema database = sqlite("create table users (id integer primary key, mail text unique)");
        assertEquals(List.of("rename column users.mail to email", "drop unique index users_mail_unique on users",
                        "create unique index users_email_unique on users (email)"),
                all(SchemaDiffer.diff(database, schema("table users {\n id integer primary key\n email text unique renamed from mail\n}"),
                        RenameAnswers.NONE)));
    }

    @Test
    void aBaselineWithBothNamesIsAHintProblem() {
        assertEquals(List.of("drop table people",
                        "problem: table users says 'renamed from people', but the baseline has both people and users: "
                                + "remove the hint, or drop table people first"),
                diff("table people {\n id integer primary key\n}\ntable users {\n id integer primary key\n}",
                        "table users renamed from people {\n id integer primary key\n}"));
        assertEquals(List.of("drop column t.a",
                        "problem: column t.b says 'renamed from a', but the baseline has both a and b: "
                                + "remove the hint, or drop column t.a first"),
                diff("table t {\n id integer primary key\n a text\n b text\n}",
                        "table t {\n id integer primary key\n b text renamed from a\n}"));
    }

    @Test
    void aStaleHintIsNoChangeAndAHintToNothingCreates() {
        assertEquals(List.of(), diff("table users {\n id integer primary key\n position integer\n}",
                "table users renamed from people {\n id integer primary key\n position integer renamed from pos\n}"));
        assertEquals(List.of("create table users"), diff("table other {\n id integer primary key\n}\n",
                "table other {\n id integer primary key\n}\ntable users renamed from people {\n id integer primary key\n}"));
    }

    @Test
    void oneDroppedOneAddedIsAnOpenQuestion() {
        DiffResult result = SchemaDiffer.diff(schema("table t {\n id integer primary key\n pos integer\n}"),
                schema("table t {\n id integer primary key\n position integer\n}"), RenameAnswers.NONE);
        assertEquals(List.of("drop column t.pos", "add column t.position",
                "question column t.position renamed from one of [pos]?"), all(result));
        RenameQuestion question = result.questions().get(0);
        assertEquals("renamed from pos", question.hintFor("pos"));

        RenameAnswers renamed = RenameAnswers.NONE.renamed(question, "pos");
        assertEquals(List.of("rename column t.pos to position"), all(SchemaDiffer.diff(result.before(), result.after(), renamed)));
        RenameAnswers created = RenameAnswers.NONE.created(question);
        assertEquals(List.of("drop column t.pos", "add column t.position"),
                all(SchemaDiffer.diff(result.before(), result.after(), created)));
        assertEquals(List.of("drop column t.pos", "add column t.position"),
                all(SchemaDiffer.diff(result.before(), result.after(), RenameAnswers.DROP_AND_CREATE)));
    }

    @Test
    void twoDroppedTwoAddedAskForEachAddedInTurn() {
        String before = "table t {\n id integer primary key\n a text\n b text\n}";
        String after = "table t {\n id integer primary key\n c text\n d text\n}";
        DiffResult result = SchemaDiffer.diff(schema(before), schema(after), RenameAnswers.NONE);
        assertEquals(List.of("drop column t.a", "drop column t.b", "add column t.c", "add column t.d",
                "question column t.c renamed from one of [a, b]?", "question column t.d renamed from one of [a, b]?"),
                all(result));
        RenameAnswers answers = RenameAnswers.NONE.renamed(result.questions().get(0), "b");
        DiffResult next = SchemaDiffer.diff(result.before(), result.after(), answers);
        assertEquals(List.of("rename column t.b to c", "drop column t.a", "add column t.d",
                "question column t.d renamed from one of [a]?"), all(next));
        answers = answers.created(next.questions().get(0));
        assertEquals(List.of("rename column t.b to c", "drop column t.a", "add column t.d"),
                all(SchemaDiffer.diff(result.before(), result.after(), answers)));
    }

    @Test
    void tableQuestionsAndAnswers() {
        Schema before = schema("table people {\n id integer primary key\n}");
        Schema after = schema("table users {\n id integer primary key\n}");
        DiffResult result = SchemaDiffer.diff(before, after, RenameAnswers.NONE);
        assertEquals(List.of("drop table people", "create table users", "question table users renamed from one of [people]?"),
                all(result));
        assertEquals(List.of("rename table people to users"),
                all(SchemaDiffer.diff(before, after, RenameAnswers.NONE.renamed(result.questions().get(0), "people"))));
        assertEquals(List.of("drop table people", "create table users"),
                all(SchemaDiffer.diff(before, after, RenameAnswers.DROP_AND_CREATE)));
    }

    @Test
    void aHintedAddIsNoQuestionAndOnlyAddsWithoutHintsAsk() {
        assertEquals(List.of("drop column t.a", "add column t.c", "add column t.d",
                        "question column t.d renamed from one of [a]?"),
                diff("table t {\n id integer primary key\n a text\n}",
                        "table t {\n id integer primary key\n c text renamed from zzz\n d text\n}"));
        // Nothing dropped: nothing to ask.
        assertEquals(List.of("add column t.c"),
                diff("table t {\n id integer primary key\n}", "table t {\n id integer primary key\n c text\n}"));
    }
}
