package io.dschema.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dschema.ide.CompletionEntry.Kind;
import io.dschema.lower.Lowering;
import io.dschema.lower.SourceFile;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CompletionTest {

    static final String USERS = """
            table users {
              id    integer primary key
              email text not null
            }
            """;

    /** The proposals at the {@code $0} marker of {@code marked}, after the table users above. */
    static List<CompletionEntry> complete(String marked, boolean snippets) {
        String text = USERS + marked;
        int offset = text.indexOf("$0");
        text = text.replace("$0", "");
        List<SourceFile> files = List.of(new SourceFile("schema.dschema", text));
        SchemaContext context = new SchemaContext(files, Lowering.lowerSchema(files), null);
        return Completion.at(context, "schema.dschema", text.codePointCount(0, offset), snippets);
    }

    static List<String> labels(String marked) {
        return complete(marked, true).stream().map(CompletionEntry::label).toList();
    }

    static Set<String> labels(String marked, Kind kind) {
        return complete(marked, true).stream().filter(e -> e.kind() == kind).map(CompletionEntry::label).collect(Collectors.toSet());
    }

    static Set<Kind> kinds(String marked) {
        return complete(marked, true).stream().map(CompletionEntry::kind).collect(Collectors.toSet());
    }

    static final String POSTS = "table posts {\n  id integer primary key\n  title text\n  author_id integer\n  ";

    @Test
    void topLevelOffersTable() {
        assertEquals(List.of("table", "table name { ... }"), labels("\n$0"));
        assertEquals(List.of("table", "table name { ... }"), labels("\nta$0"));
        assertTrue(labels("\ntable $0").isEmpty(), "the new table's name is free");
    }

    @Test
    void headerOffersTheOptionsNotYetWritten() {
        assertEquals(List.of("strict", "without rowid", "renamed from"), labels("table t $0 {\n}"));
        assertEquals(List.of("without rowid", "renamed from"), labels("table t strict $0 {\n}"));
        assertEquals(List.of("rowid"), labels("table t without $0 {\n}"));
    }

    @Test
    void memberStartOffersMemberKeywordsAndSnippets() {
        List<String> labels = labels(POSTS + "$0\n}");
        assertTrue(labels.containsAll(List.of("index", "unique index", "foreign key", "check", "index name on (columns)",
                "foreign key (column) references table(column)")), labels.toString());
        assertFalse(labels.contains("primary key"), "posts already has one");
        assertFalse(labels.contains("table"), labels.toString());
        assertEquals(Set.of(Kind.KEYWORD, Kind.SNIPPET), kinds(POSTS + "$0\n}"));
        assertTrue(labels("table t {\n  a text\n  $0\n}").contains("primary key"));
        assertEquals(List.of("unique index", "unique"), labels(POSTS + "uni$0\n}"));
    }

    @Test
    void withoutSnippetsNoPlaceholders() {
        List<CompletionEntry> entries = complete(POSTS + "$0\n}", false);
        assertFalse(entries.isEmpty());
        assertTrue(entries.stream().noneMatch(e -> e.snippet() || e.insertText().contains("$")), entries.toString());
        List<CompletionEntry> functions = complete(POSTS + "check (le$0)\n}", false);
        assertTrue(functions.stream().anyMatch(e -> e.label().equals("length")));
        assertTrue(functions.stream().noneMatch(e -> e.snippet() || e.insertText().contains("$")), functions.toString());
    }

    @Test
    void typesAfterAColumnName() {
        assertEquals(Set.of("text"), labels(POSTS + "body te$0\n}", Kind.TYPE));
        assertEquals(Set.of(Kind.TYPE), kinds(POSTS + "body $0\n}"));
        assertEquals(Set.of("integer", "int", "text", "real", "blob", "any"), labels("table s strict {\n  v $0\n}", Kind.TYPE));
        assertTrue(labels(POSTS + "body $0\n}", Kind.TYPE).containsAll(Set.of("numeric", "varchar(255)", "integer")));
    }

    @Test
    void constraintsNotYetUsedAfterAType() {
        assertEquals(List.of("not null", "primary key", "unique", "default", "check", "references", "collate",
                "generated always as", "renamed from"), labels(POSTS + "body text $0\n}"));
        List<String> afterNotNull = labels(POSTS + "body text not null $0\n}");
        assertFalse(afterNotNull.contains("not null"));
        assertTrue(afterNotNull.containsAll(List.of("unique", "default", "collate")));
        assertEquals(List.of("null"), labels(POSTS + "body text not $0\n}"));
        assertEquals(List.of("unique"), labels(POSTS + "body text default 'x' un$0\n}"));
        assertEquals(List.of("key"), labels(POSTS + "body text primary $0\n}"));
        assertTrue(labels(POSTS + "n integer primary key $0\n}").containsAll(List.of("autoincrement", "asc", "not null")));
        assertEquals(List.of("from"), labels(POSTS + "body text renamed $0\n}"));
        assertTrue(labels(POSTS + "body text renamed from old $0\n}").contains("not null"));
        assertEquals(List.of("always"), labels(POSTS + "body text generated $0\n}"));
        assertTrue(labels(POSTS + "body text as (title) $0\n}").containsAll(List.of("stored", "virtual", "not null")));
    }

    @Test
    void defaultLiterals() {
        assertEquals(List.of("current_time", "current_date", "current_timestamp"), labels(POSTS + "at text default cur$0\n}"));
    }

    @Test
    void tablesAfterReferencesAndTheirColumnsInParentheses() {
        assertEquals(Set.of("users", "posts"), labels(POSTS + "owner integer references $0\n}", Kind.TABLE));
        assertEquals(Set.of(Kind.TABLE), kinds(POSTS + "owner integer references $0\n}"));
        assertEquals(List.of("id", "email"), labels(POSTS + "owner integer references users($0)\n}"));
        assertEquals(List.of("email"), labels(POSTS + "owner integer references users(em$0)\n}"));
        assertEquals(List.of("users"), labels(POSTS + "foreign key (author_id) references us$0\n}"));
        assertEquals(List.of("id", "email"), labels(POSTS + "foreign key (author_id) references users($0\n}"));
    }

    @Test
    void foreignKeyClauses() {
        assertEquals(List.of("key"), labels(POSTS + "foreign $0\n}"));
        assertEquals(List.of("id", "title", "author_id"), labels(POSTS + "foreign key ($0)\n}"));
        assertEquals(List.of("references"), labels(POSTS + "foreign key (author_id) $0\n}"));
        assertEquals(List.of("on delete", "on update", "deferrable initially deferred"),
                labels(POSTS + "foreign key (author_id) references users(id) $0\n}"));
        assertEquals(List.of("update"), labels(POSTS + "foreign key (author_id) references users(id) on delete cascade on $0\n}"));
        assertEquals(List.of("cascade", "restrict", "set null", "set default", "no action"),
                labels(POSTS + "owner integer references users(id) on delete $0\n}"));
        assertEquals(List.of("cascade", "restrict", "set null", "set default", "no action"),
                labels(POSTS + "foreign key (author_id) references users(id)\n    on update $0\n}"));
        assertEquals(List.of("null", "default"), labels(POSTS + "owner integer references users on delete set $0\n}"));
        List<String> afterAction = labels(POSTS + "owner integer references users on delete set null $0\n}");
        assertTrue(afterAction.containsAll(List.of("on update", "not null")), afterAction.toString());
        assertFalse(afterAction.contains("on delete"));
        assertFalse(afterAction.contains("references"));
    }

    @Test
    void collations() {
        assertEquals(List.of("binary", "nocase", "rtrim"), labels(POSTS + "name text collate $0\n}"));
        assertEquals(List.of("nocase"), labels(POSTS + "index i on (title collate no$0)\n}"));
    }

    @Test
    void ownColumnsInIndexesAndKeys() {
        Set<String> columns = labels(POSTS + "index i on ($0)\n}", Kind.COLUMN);
        assertEquals(Set.of("id", "title", "author_id"), columns);
        assertFalse(kinds(POSTS + "index i on ($0)\n}").contains(Kind.TYPE));
        assertFalse(kinds(POSTS + "index i on ($0)\n}").contains(Kind.TABLE));
        assertEquals(Set.of("title"), labels(POSTS + "index i on (author_id, ti$0)\n}", Kind.COLUMN));
        assertEquals(List.of("asc", "desc", "collate"), labels(POSTS + "index i on (title $0)\n}"));
        assertEquals(List.of("on"), labels(POSTS + "index i $0\n}"));
        assertEquals(List.of("where"), labels(POSTS + "index i on (title) $0\n}"));
        assertEquals(Set.of("id", "title"), labels(POSTS + "unique (author_id, $0)\n}", Kind.COLUMN));
        assertEquals(List.of("a", "b"), labels("table m {\n  a integer\n  b integer\n  primary key ($0)\n}"));
        assertEquals(List.of("b"), labels("table m {\n  a integer\n  b integer\n  primary key (a, $0)\n}"), "a is listed already");
    }

    @Test
    void expressions() {
        Set<String> check = labels(POSTS + "check (ti$0)\n}", Kind.COLUMN);
        assertEquals(Set.of("title"), check);
        assertTrue(labels(POSTS + "check ($0)\n}", Kind.FUNCTION).contains("length"));
        assertFalse(labels(POSTS + "check ($0)\n}", Kind.FUNCTION).contains("random"), "not deterministic");
        assertTrue(labels(POSTS + "check (length($0))\n}", Kind.COLUMN).contains("title"));
        assertTrue(labels(POSTS + "check (title $0)\n}").containsAll(List.of("and", "or", "is not null", "like")));
        assertTrue(labels(POSTS + "check (title $0)\n}", Kind.COLUMN).isEmpty(), "an operand cannot follow an operand");
        assertTrue(labels(POSTS + "index i on (title) where $0\n}", Kind.COLUMN).contains("author_id"));
        // a default may not name a column, but may call random()
        assertTrue(labels(POSTS + "n integer default ($0)\n}", Kind.COLUMN).isEmpty());
        assertTrue(labels(POSTS + "n integer default ($0)\n}", Kind.FUNCTION).contains("random"));
        // a generated column may not name itself
        Set<String> generated = labels(POSTS + "upper_title text generated always as ($0)\n}", Kind.COLUMN);
        assertEquals(Set.of("id", "title", "author_id"), generated);
        assertEquals(Set.of("text"), labels(POSTS + "check (cast(title as te$0))\n}", Kind.TYPE));
    }

    @Test
    void nothingInCommentsStringsAndNumbers() {
        assertTrue(labels(POSTS + "// ind$0\n}").isEmpty());
        assertTrue(labels(POSTS + "n text default 'ab$0'\n}").isEmpty());
        assertTrue(labels(POSTS + "n integer default 1$0\n}").isEmpty());
        assertTrue(labels("/* tab$0 */").isEmpty());
    }

    @Test
    void replacesTheWordTypedSoFar() {
        String text = USERS + POSTS + "body te";
        CompletionEntry entry = complete(POSTS + "body te$0\n}", true).get(0);
        assertEquals(text.length() - 2, entry.replace().start());
        assertEquals(text.length(), entry.replace().end());
        assertEquals("schema.dschema", entry.replace().file());
        assertEquals("text", entry.insertText());
    }

    @Test
    void quotesNamesThatNeedIt() {
        List<CompletionEntry> entries = complete("table q {\n  \"table\" integer\n  \"my col\" text\n  index i on ($0)\n}", true);
        assertTrue(entries.stream().anyMatch(e -> e.label().equals("table") && e.insertText().equals("\"table\"")));
        assertTrue(entries.stream().anyMatch(e -> e.label().equals("my col") && e.insertText().equals("\"my col\"")));
    }

    @Test
    void badInputGivesNothing() {
        List<SourceFile> files = List.of(new SourceFile("schema.dschema", USERS));
        SchemaContext context = new SchemaContext(files, Lowering.lowerSchema(files), null);
        assertTrue(Completion.at(context, "schema.dschema", -1, true).isEmpty());
        assertTrue(Completion.at(context, "schema.dschema", 10_000, true).isEmpty());
        assertTrue(Completion.at(context, "missing.dschema", 0, true).isEmpty());
        assertTrue(Completion.at(null, "schema.dschema", 0, true).isEmpty());
    }
}
