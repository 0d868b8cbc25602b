package io.dschema.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The SQLite corpus: CREATE TABLE and CREATE INDEX statements exactly as SQLite keeps them in
 * sqlite_master, which {@link Syntax#parseCreateTable} and {@link Syntax#parseCreateIndex} must
 * read without errors (inspecting a real database depends on it).
 *
 * <p>Layout under {@code testdata/sqlite}:
 * <ul>
 *   <li>{@code originals/GROUP.sql}: scripts as people and tools write them (comments, any
 *       spelling, IF NOT EXISTS, ALTER TABLE, ...), run statement by statement in a fresh
 *       in-memory database;</li>
 *   <li>{@code create-table/GROUP.sql}, {@code create-index/GROUP.sql}: what {@code SELECT sql FROM
 *       sqlite_master} then returns, in creation order, one statement per {@code ;}. Written by this
 *       test with {@code -Ddschema.update=true}, never by hand.</li>
 * </ul>
 * {@link #storedStatementsParse()} parses the stored files; {@link #liveCorpus()} runs the originals
 * through the SQLite of sqlite-jdbc and checks that the stored files are exactly what it stores, so
 * the corpus cannot drift from real SQLite.
 *
 * <p>Groups named {@code pending-*} hold valid SQLite that the grammar does not read yet (grammar
 * bugs, each described in the group's comments). They are built and drift-checked like the others;
 * only their parse check is {@link #pendingStatementsParse() disabled}.
 */
class SqliteCorpusTest {

    private static final String PENDING = "pending-";
    private static final int MIN_TABLES = 80;
    private static final int MIN_INDEXES = 30;

    static Path corpus() {
        return Goldens.testdata().resolve("sqlite");
    }

    private enum Kind {
        TABLE("create-table", "table"),
        INDEX("create-index", "index");

        final String folder;
        final String type;

        Kind(String folder, String type) {
            this.folder = folder;
            this.type = type;
        }

        ParseResult<?> parse(String sql) {
            return this == TABLE ? Syntax.parseCreateTable(sql) : Syntax.parseCreateIndex(sql);
        }
    }

    @TestFactory
    Stream<DynamicNode> storedStatementsParse() {
        return Stream.of(Kind.values()).map(kind -> DynamicContainer.dynamicContainer(kind.folder,
                Goldens.list(corpus().resolve(kind.folder), ".sql").stream()
                        .filter(file -> !isPending(file))
                        .map(file -> DynamicContainer.dynamicContainer(file.getFileName().toString(), file.toUri(),
                                parseTests(kind, SqlScripts.split(Goldens.read(file)))))));
    }

    @TestFactory
    Stream<DynamicTest> liveCorpus() {
        List<Path> groups = Goldens.list(corpus().resolve("originals"), ".sql");
        assertFalse(groups.isEmpty(), "no originals in " + corpus().resolve("originals"));
        return groups.stream().map(original -> DynamicTest.dynamicTest(original.getFileName().toString(),
                original.toUri(), () -> {
                    Stored stored = build(original);
                    for (Kind kind : Kind.values()) {
                        List<String> statements = kind == Kind.TABLE ? stored.tables() : stored.indexes();
                        checkStoredFile(original, kind, statements);
                        if (!isPending(original)) {
                            for (String sql : statements) {
                                assertParses(kind, sql);
                            }
                        }
                    }
                }));
    }

    /** Statements SQLite accepts that the grammar does not read yet; see each pending group. */
    @Disabled("known limitation, documented in docs/language.md (Decisions, Expressions): a BETWEEN bound with a "
            + "comparison-level operator or a leading NOT needs parentheses; pending-between-bounds.sql holds such "
            + "statements SQLite stores")
    @TestFactory
    Stream<DynamicNode> pendingStatementsParse() {
        return Stream.of(Kind.values()).map(kind -> DynamicContainer.dynamicContainer(kind.folder,
                Goldens.list(corpus().resolve(kind.folder), ".sql").stream()
                        .filter(SqliteCorpusTest::isPending)
                        .map(file -> DynamicContainer.dynamicContainer(file.getFileName().toString(), file.toUri(),
                                parseTests(kind, SqlScripts.split(Goldens.read(file)))))));
    }

    /** The corpus keeps its size: at least 80 tables and 30 indexes that parse today. */
    @Test
    void corpusIsLargeEnough() {
        assertTrue(countStored(Kind.TABLE) >= MIN_TABLES, "fewer than " + MIN_TABLES + " CREATE TABLE statements");
        assertTrue(countStored(Kind.INDEX) >= MIN_INDEXES, "fewer than " + MIN_INDEXES + " CREATE INDEX statements");
    }

    /** Every stored file comes from an original (a leftover of a renamed group would never be checked). */
    @Test
    void everyStoredFileHasItsOriginal() throws IOException {
        List<Path> orphans = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (Path file : Goldens.list(corpus().resolve(kind.folder), ".sql")) {
                if (!Files.exists(corpus().resolve("originals").resolve(file.getFileName()))) {
                    orphans.add(file);
                }
            }
        }
        if (Goldens.updating()) {
            for (Path orphan : orphans) {
                Files.delete(orphan);
            }
            return;
        }
        assertEquals(List.of(), orphans, "stored files without an original; run with -Ddschema.update=true");
    }

    private static long countStored(Kind kind) {
        return Goldens.list(corpus().resolve(kind.folder), ".sql").stream()
                .filter(file -> !isPending(file))
                .mapToLong(file -> SqlScripts.split(Goldens.read(file)).size())
                .sum();
    }

    private static Stream<DynamicTest> parseTests(Kind kind, List<String> statements) {
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            String sql = statements.get(i);
            tests.add(DynamicTest.dynamicTest("#" + (i + 1) + " " + headline(sql), () -> assertParses(kind, sql)));
        }
        return tests.stream();
    }

    private static void assertParses(Kind kind, String sql) {
        ParseResult<?> result = kind.parse(sql);
        if (result.hasErrors()) {
            fail("SQLite stored this statement, the grammar does not read it:\n" + sql + "\n"
                    + ParserGoldenTest.renderErrors(result.errors()));
        }
    }

    private static String headline(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ");
        return oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine;
    }

    private static boolean isPending(Path file) {
        return file.getFileName().toString().startsWith(PENDING);
    }

    record Stored(List<String> tables, List<String> indexes) {
    }

    /** Runs the original script in a fresh in-memory database and reads back what SQLite stored. */
    static Stored build(Path original) throws SQLException {
        List<String> tables = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            for (String statement : SqlScripts.split(Goldens.read(original))) {
                try (Statement run = db.createStatement()) {
                    run.execute(statement);
                } catch (SQLException e) {
                    throw new AssertionError(original.getFileName() + ": SQLite refuses\n" + statement + "\n" + e.getMessage(), e);
                }
            }
            String query = "SELECT type, sql FROM sqlite_master WHERE sql IS NOT NULL"
                    + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid";
            try (Statement read = db.createStatement(); ResultSet rows = read.executeQuery(query)) {
                while (rows.next()) {
                    switch (rows.getString(1)) {
                        case "table" -> tables.add(rows.getString(2));
                        case "index" -> indexes.add(rows.getString(2));
                        default -> { }
                    }
                }
            }
        }
        return new Stored(tables, indexes);
    }

    private static void checkStoredFile(Path original, Kind kind, List<String> statements) {
        Path file = corpus().resolve(kind.folder).resolve(original.getFileName());
        for (String sql : statements) {
            // The stored file must read back exactly; SQLite's text never starts with a comment nor
            // ends with white space, so splitting at top-level semicolons is lossless.
            assertEquals(List.of(sql), SqlScripts.split(sql + ";"),
                    () -> "statement cannot be stored losslessly in " + file + ":\n" + sql);
        }
        if (Goldens.updating()) {
            try {
                if (statements.isEmpty()) {
                    Files.deleteIfExists(file);
                } else {
                    String header = "-- What SQLite stores in sqlite_master for ../originals/" + original.getFileName()
                            + ".\n-- Written by SqliteCorpusTest with -Ddschema.update=true; do not edit.\n\n";
                    String text = SqlScripts.join(header, statements);
                    if (!Files.exists(file) || !Goldens.read(file).equals(text)) {
                        Goldens.write(file, text);
                    }
                }
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            return;
        }
        List<String> expected = Files.exists(file) ? SqlScripts.split(Goldens.read(file)) : List.of();
        assertEquals(expected, statements, () -> file + " is not what SQLite stores for " + original.getFileName()
                + "; run with -Ddschema.update=true and review the diff");
    }
}
