package io.dschema.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlSplitterTest {

    @Test
    void splitsAtSemicolonsAndDropsEmptyStatements() {
        assertEquals(List.of("CREATE TABLE `a` (\n\t`id` integer\n)", "CREATE INDEX `i` ON `a` (`id`)"),
                SqlSplitter.split("CREATE TABLE `a` (\n\t`id` integer\n);\nCREATE INDEX `i` ON `a` (`id`);\n;\n"));
        assertEquals(List.of("SELECT 1"), SqlSplitter.split("SELECT 1"));
        assertEquals(List.of(), SqlSplitter.split("  \n"));
    }

    @Test
    void semicolonsInStringsQuotedNamesAndCommentsDoNotSplit() {
        String script = "INSERT INTO \"a;b\" VALUES ('x;''y', `c;d`, [e;f]); -- a comment; still one\n"
                + "/* block; comment */ SELECT 'it''s';";
        assertEquals(List.of("INSERT INTO \"a;b\" VALUES ('x;''y', `c;d`, [e;f])", "SELECT 'it''s'"), SqlSplitter.split(script));
    }

    @Test
    void aFileThatIsOnlyCommentsHasNoStatement() {
        // drizzle-kit's introspect output and an untouched --custom file
        assertEquals(List.of(), SqlSplitter.split("-- Custom SQL migration file, put your code below! --"));
        assertEquals(List.of(), SqlSplitter.split("-- Current sql file was generated after introspecting the database\n"
                + "/*\nCREATE TABLE `a` (\n\t`id` integer\n);\n*/"));
    }

    @Test
    void aTriggerBodyStaysWholeWithCaseInside() {
        String trigger = "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                + "  UPDATE a SET n = CASE WHEN new.n IS NULL THEN 0 ELSE new.n END WHERE rowid = new.rowid;\n"
                + "  INSERT INTO log VALUES ('end;');\nEND";
        assertEquals(List.of("CREATE TABLE a (n)", trigger, "CREATE TEMP TRIGGER u BEFORE DELETE ON a BEGIN SELECT 1; END",
                        "SELECT 2"),
                SqlSplitter.split("CREATE TABLE a (n);\n" + trigger + ";\n"
                        + "CREATE TEMP TRIGGER u BEFORE DELETE ON a BEGIN SELECT 1; END;\nSELECT 2;"));
    }

    @Test
    void aTransactionBeginIsAStatementOfItsOwn() {
        assertEquals(List.of("BEGIN", "CREATE TABLE a (x)", "COMMIT"), SqlSplitter.split("BEGIN;\nCREATE TABLE a (x);\nCOMMIT;"));
        assertEquals("BEGIN", SqlSplitter.firstKeyword("-- start\n/* c */ begin"));
        assertEquals("", SqlSplitter.firstKeyword("-- nothing"));
    }

    @Test
    void whatItSplitsSqliteRuns() throws Exception {
        String script = "CREATE TABLE a (n integer, note text);\nCREATE TABLE log (what text);\n"
                + "CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO log VALUES ('n;' || CASE WHEN new.n > 1 THEN 'big' END); END;\n"
                + "INSERT INTO a VALUES (2, 'x;y');";
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement statement = connection.createStatement()) {
            for (String sql : SqlSplitter.split(script)) {
                statement.execute(sql);
            }
            try (ResultSet rows = statement.executeQuery("SELECT what FROM log")) {
                rows.next();
                assertEquals("n;big", rows.getString(1));
            }
        }
    }
}
