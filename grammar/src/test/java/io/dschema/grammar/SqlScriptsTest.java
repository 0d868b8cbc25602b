package io.dschema.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The corpus reader splits scripts only at semicolons outside strings, names and comments. */
class SqlScriptsTest {

    @Test
    void splitsAtTopLevelSemicolons() {
        assertEquals(List.of("CREATE TABLE a(x)", "CREATE TABLE b(y)"),
                SqlScripts.split("CREATE TABLE a(x);\nCREATE TABLE b(y);\n"));
    }

    @Test
    void keepsSemicolonsInsideStringsNamesAndComments() {
        String statement = "CREATE TABLE \"a;b\"(`c;d` TEXT DEFAULT 'e;''f', [g;h] -- i;j\n, k /* l;m */)";
        assertEquals(List.of(statement), SqlScripts.split(statement + ";"));
    }

    @Test
    void dropsLeadingCommentsAndCommentOnlyPieces() {
        assertEquals(List.of("CREATE TABLE a(x)"),
                SqlScripts.split("-- header\n/* block */\nCREATE TABLE a(x);--> statement-breakpoint\n-- trailer\n"));
    }

    @Test
    void joinReadsBack() {
        List<String> statements = List.of("CREATE TABLE a(x -- c\n)", "CREATE INDEX i ON a(x)");
        assertEquals(statements, SqlScripts.split(SqlScripts.join("-- header\n\n", statements)));
    }
}
