package io.dschema.diff;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.dschema.diff.DiffFixture.changes;
import static io.dschema.diff.DiffFixture.schema;
import static io.dschema.diff.DiffFixture.sqlite;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each normalisation rule, with a pair it makes equal and a pair it keeps apart. */
class NormalisationTest {

    /** One table {@code t} with a key and the members given. */
    private static String table(String members) {
        return "table t {\n  id integer primary key\n  " + members.replace("\n", "\n  ") + "\n}\n";
    }

    private static List<String> columnDiff(String before, String after) {
        return changes(table(before), table(after));
    }

    private static void same(String before, String after) {
        assertEquals(List.of(), columnDiff(before, after), before + "  vs  " + after);
    }

    private static void alters(String before, String after, String aspects) {
        assertEquals(List.of("alter column t.x (" + aspects + ")"), columnDiff(before, after), before + "  vs  " + after);
    }

    @Test
    void identifierCaseIsNeverAChangeAndTheTargetSpellingIsKept() {
        assertEquals(List.of(), changes("table Users {\n id integer primary key\n Email text\n index By_Email on (EMAIL)\n}",
                "table users {\n ID integer primary key\n email text\n index by_email on (email)\n}"));
        assertEquals(List.of("alter column t.Email (type)"), columnDiff("email text", "Email integer"));
    }

    @Test
    void typesIgnoreCaseAndSpacingButNotTheirText() {
        same("x varchar(255)", "x VARCHAR(255)");
        same("x decimal(10, 2)", "x DECIMAL(10,2)");
        same("x double precision", "x DOUBLE   PRECISION");
        alters("x varchar(255)", "x varchar(100)", "type");
        alters("x int", "x integer", "type"); // same affinity, another declared type
        alters("x", "x blob", "type");
    }

    @Test
    void typeSpacingFromADatabase() {
        assertEquals(List.of(), changes(sqlite("create table t (id integer primary key, x VARCHAR( 255 ), y DECIMAL( 10 , 2 ))"),
                schema(table("x varchar(255)\ny decimal(10, 2)"))));
    }

    @Test
    void defaultNullIsNoDefault() {
        same("x text", "x text default null");
        same("x text default (null)", "x text");
        alters("x text", "x text default ''", "default");
    }

    @Test
    void parenthesesAroundALiteralDefaultAreNothing() {
        same("x text default current_timestamp", "x text default (CURRENT_TIMESTAMP)");
        same("x integer default 0", "x integer default (0)");
        same("x text default 'a'", "x text default ((('a')))");
        same("x integer default -1", "x integer default (-1)");
        alters("x text default current_timestamp", "x text default current_date", "default");
    }

    @Test
    void trueAndFalseAreOneAndZero() {
        same("x integer default true", "x integer default 1");
        same("x integer default FALSE", "x integer default 0");
        alters("x integer default true", "x integer default 0", "default");
    }

    @Test
    void numericAndStringDefaultsCompareByAffinity() {
        same("x integer default 0", "x integer default '0'");
        same("x real default 0", "x real default '0.0'");
        same("x numeric default 1.50", "x numeric default '1.5'");
        same("x integer default 0", "x integer default 0.0");
        same("x integer default +1", "x integer default 1");
        same("x integer default 0x10", "x integer default 16");
        same("x integer default ' 7 '", "x integer default 7");
        alters("x integer default 0", "x integer default 'zero'", "default");
        // TEXT affinity stores the number's text.
        same("x text default 0", "x text default '0'");
        same("x text default +1", "x text default '1'");
        same("x text default 1.0", "x text default '1.0'");
        alters("x text default 0", "x text default 0.0", "default");
        alters("x text default 0", "x text default '00'", "default");
        // BLOB affinity (no type) converts nothing.
        same("x default +1", "x default 1");
        alters("x default 0", "x default '0'", "default");
        alters("x default 0", "x default 0.0", "default");
    }

    @Test
    void aDefaultChangeIsReadUnderTheTargetAffinity() {
        alters("x text default '0'", "x integer default 0", "type");
    }

    @Test
    void expressionDefaultsCompareByCanonicalExpression() {
        same("x integer default (unixepoch())", "x integer default (UNIXEPOCH( ))");
        same("x integer default (1 + 2 * 3)", "x integer default ((1 + (2 * 3)))");
        alters("x integer default ((1 + 2) * 3)", "x integer default (1 + 2 * 3)", "default");
        alters("x integer default (unixepoch())", "x integer default (julianday())", "default");
    }

    @Test
    void checksCompareByCanonicalExpression() {
        assertEquals(List.of(), changes(table("x integer\ncheck (x >= 0 AND x < 10)"),
                table("x integer check ((X >= 0) and (x < 10))")));
        assertEquals(List.of(), changes(table("x integer\ncheck (t.x isnull or x <> 1)"),
                table("x integer\ncheck (x is null or x != 1)")));
        assertEquals(List.of(), changes(table("x text\ncheck (x in ('a', 'b'))"), table("x text\ncheck (X IN ('a','b'))")));
        assertEquals(List.of("drop check on t (x > 'A')", "add check on t (x > 'a')"),
                changes(table("x text\ncheck (x > 'A')"), table("x text\ncheck (x > 'a')")));
        assertEquals(List.of("drop check on t ((x + 1) * 2 > 0)", "add check on t (x + 1 * 2 > 0)"),
                changes(table("x integer\ncheck ((x + 1) * 2 > 0)"), table("x integer\ncheck (x + 1 * 2 > 0)")));
    }

    @Test
    void checksFromADatabaseWithQuotedAndQualifiedNamesAndDoubleQuotedStrings() {
        assertEquals(List.of(), changes(
                sqlite("create table t (id integer primary key, x text, CONSTRAINT \"x_sane\" CHECK(\"t\".\"x\" <> \"none\"))"),
                schema(table("x text\ncheck x_sane (x != 'none')"))));
    }

    @Test
    void checkNamesCountButNotWhereTheyAreWritten() {
        assertEquals(List.of(), changes(table("x integer check (x > 0)"), table("x integer\ncheck (x > 0)")));
        assertEquals(List.of("drop check on t (x > 0)", "add check t.positive (x > 0)"),
                changes(table("x integer\ncheck (x > 0)"), table("x integer\ncheck positive (x > 0)")));
    }

    @Test
    void generatedColumnsCompareByExpressionAndStorage() {
        same("x text\ng text as (lower(x))", "x text\ng text generated always as (LOWER(\"x\")) virtual");
        assertEquals(List.of("alter column t.g (generated)"),
                columnDiff("x text\ng text as (lower(x))", "x text\ng text as (lower(x)) stored"));
        assertEquals(List.of("alter column t.g (generated)"),
                columnDiff("x text\ng text as (lower(x))", "x text\ng text as (upper(x))"));
    }

    @Test
    void keyColumnsThatAreNeverNullCompareEqualWithOrWithoutNotNull() {
        assertEquals(List.of(), changes("table t {\n id integer primary key not null\n}", "table t {\n id integer primary key\n}"));
        assertEquals(List.of(), changes("table t without rowid {\n a text not null\n b text\n primary key (a, b)\n}",
                "table t without rowid {\n a text\n b text not null\n primary key (a, b)\n}"));
        // Not the rowid alias (type int): a key column that accepts NULL unless it says not null.
        assertEquals(List.of("alter column t.id (nullability)"),
                changes("table t {\n id int primary key\n}", "table t {\n id int primary key not null\n}"));
    }

    @Test
    void writtenNullIsUnspecified() {
        same("x text null", "x text");
        alters("x text null", "x text not null", "nullability");
    }

    @Test
    void collationNoneIsBinaryAndNamesFold() {
        same("x text", "x text collate BINARY");
        same("x text collate nocase", "x text collate NOCASE");
        alters("x text", "x text collate nocase", "collation");
    }

    @Test
    void indexOrderNoneIsAscAndPartCollationDefaultsToTheColumns() {
        assertEquals(List.of(), changes(table("x text collate nocase\nindex ix on (x)"),
                table("x text collate nocase\nindex ix on (x collate nocase asc)")));
        assertEquals(List.of("drop index ix on t", "create index ix on t (x desc)"),
                changes(table("x text\nindex ix on (x)"), table("x text\nindex ix on (x desc)")));
    }

    @Test
    void foreignKeysHaveNoNamesAndDefaultToTheParentKeyAndNoAction() {
        String parent = "table p {\n id integer primary key\n}\n";
        assertEquals(List.of(), changes(parent + "table c {\n id integer primary key\n p_id integer references p\n}",
                parent + "table c {\n id integer primary key\n p_id integer\n foreign key (p_id) references P(ID) on delete no action\n}"));
        assertEquals(List.of("drop foreign key c (p_id) references p", "add foreign key c (p_id) references p on delete cascade"),
                changes(parent + "table c {\n id integer primary key\n p_id integer references p\n}",
                        parent + "table c {\n id integer primary key\n p_id integer references p on delete cascade\n}"));
        assertEquals(List.of(), changes(sqlite("create table p (id integer primary key);"
                        + "create table c (id integer primary key, p_id integer, foreign key (p_id) references p(id) on update no action)"),
                schema(parent + "table c {\n id integer primary key\n p_id integer references p\n}")));
    }

    @Test
    void columnUniqueTableUniqueInlineUniqueAndUniqueIndexOfOneNameAreTheSameIndex() {
        String columnUnique = table("x text unique");
        assertEquals(List.of(), changes(columnUnique, table("x text\nunique (x)")));
        assertEquals(List.of(), changes(columnUnique, table("x text\nunique index t_x_unique on (x)")));
        assertEquals(List.of(), changes(sqlite("create table t (id integer primary key, x text unique)"), schema(columnUnique)));
        assertEquals(List.of(), changes(sqlite("create table t (id integer primary key, x text, unique (x))"), schema(columnUnique)));
        assertEquals(List.of(), changes(sqlite("create table t (id integer primary key, x text);"
                + "create unique index t_x_unique on t (x)"), schema(columnUnique)));
        // Same name, other definition: dropped and created.
        assertEquals(List.of("drop unique index t_x_unique on t", "create index t_x_unique on t (x)"),
                changes(columnUnique, table("x text\nindex t_x_unique on (x)")));
        assertEquals(List.of("drop index ix on t", "create index ix on t (x) where x is not null"),
                changes(table("x text\nindex ix on (x)"), table("x text\nindex ix on (x) where x is not null")));
    }

    @Test
    void expressionIndexesAndWhereClausesCompareCanonically() {
        assertEquals(List.of(), changes(
                sqlite("create table t (id integer primary key, x text); create index ix on t (LOWER(\"x\")) WHERE \"x\" NOTNULL"),
                schema(table("x text\nindex ix on (lower(x)) where x is not null"))));
        assertEquals(List.of("drop index ix on t", "create index ix on t ((upper(x)))"),
                changes(table("x text\nindex ix on ((lower(x)))"), table("x text\nindex ix on ((upper(x)))")));
    }
}
