package io.dschema.pull;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the stored CREATE TABLE text says that a schema cannot, found by the token scan. */
class StoredClausesTest {

    private static List<String> found(String sql) {
        return StoredClauses.find("t", sql).stream()
                .map(clause -> (clause.refused() ? "refused: " : "dropped: ") + clause.message().replaceAll(",.*", ""))
                .toList();
    }

    @Test
    void onConflictAnywhereIsRefused() {
        assertEquals(List.of("refused: table t: column a has ON CONFLICT IGNORE",
                        "refused: table t: a table constraint has ON CONFLICT REPLACE"),
                found("CREATE TABLE t (a text NOT NULL ON CONFLICT IGNORE, b int, PRIMARY KEY (b) ON CONFLICT REPLACE)"));
    }

    @Test
    void namesAndMatchAreDropped() {
        assertEquals(List.of("dropped: table t: column b has MATCH FULL",
                        "dropped: table t: a table constraint has CONSTRAINT pk PRIMARY KEY"),
                found("CREATE TABLE t (a int, b int REFERENCES p(id) MATCH FULL, CONSTRAINT pk PRIMARY KEY (a))"));
    }

    @Test
    void whatLooksLikeAClauseButIsNotOneIsLeftAlone() {
        assertEquals(List.of(), found("""
                CREATE TABLE t (
                  match text,                              -- a column named match
                  "on" text, conflict text,
                  b text CONSTRAINT b_short CHECK (length(b) < 9),
                  c text CHECK (c MATCH 'x'),              /* MATCH inside an expression */
                  d text DEFAULT 'ON CONFLICT REPLACE',
                  CONSTRAINT named CHECK (b <> c)
                )"""));
    }

    @Test
    void doubleQuotedStringsBecomeStrings() {
        assertEquals("c in ('x', \"c\") and lower(\"c\") collate \"nocase\" = ''",
                DoubleQuotedStrings.asStrings("c in (\"x\", \"c\") and lower(\"c\") collate \"nocase\" = \"\"",
                        name -> name.equals("c")));
    }
}
