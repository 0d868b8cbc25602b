package io.dschema.grammar;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The expression tree groups operators as SQLite does. Each expression is rendered back with a
 * parenthesis around every operator node of its tree; SQLite evaluates both texts, and they must
 * give the same value (a wrong grouping changes the value for some operands). SQLite is the oracle,
 * so the test needs no precedence table of its own. (Expressions with ESCAPE are left out: SQLite
 * takes no parenthesis between LIKE and ESCAPE.)
 */
class ExpressionPrecedenceTest {

    private static final long SEED = 20240611L;
    private static final int RANDOM_CASES = 600;

    /**
     * The rules whose nodes get the parentheses: found by rule name, so that the test does not
     * depend on how the grammar labels its alternatives. A node with one child only passes its
     * child on and gets none.
     */
    private static final Set<String> EXPRESSION_RULES = Set.of("expr", "term");

    private static final String[] ATOMS = {"0", "1", "2", "3", "NULL", "'a'", "'A'", "''", "TRUE", "FALSE"};
    private static final String[] BINARY = {
        "||", "*", "/", "%", "+", "-", "&", "|", "<<", ">>", "<", "<=", ">", ">=", "=", "==", "!=", "<>",
        "IS", "IS NOT", "IS DISTINCT FROM", "IS NOT DISTINCT FROM", "LIKE", "NOT LIKE", "GLOB", "NOT GLOB",
        "AND", "OR"};

    private static Connection db;

    @BeforeAll
    static void open() throws SQLException {
        db = DriverManager.getConnection("jdbc:sqlite::memory:");
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    @Test
    void handPickedCasesAgreeWithSqlite() throws SQLException {
        for (String expr : List.of(
                "- 1 * 2", "~ 1 + 1", "NOT 0 = 1", "NOT 1 AND 0", "1 OR 0 AND 0", "0 AND 1 OR 1",
                "'a' || 'b' COLLATE nocase = 'AB'", "1 + 2 || 3", "2 * 3 || 4", "1 + 2 * 3", "7 - 2 - 1",
                "8 / 2 / 2", "7 % 4 * 2", "1 | 2 & 3", "1 << 2 + 1", "1 < 2 = 1", "3 > 2 > 1", "1 = 1 IS 1",
                "1 IS NOT NULL = 1", "NULL IS DISTINCT FROM 1 = 1", "'a' LIKE 'A' = 1", "1 = 1 LIKE 1",
                "2 IN (1, 2) = 1", "1 = 1 IN (1)", "1 NOT IN (2) AND 0", "NULL ISNULL = 1", "1 NOTNULL + 1",
                "1 NOT NULL AND 0", "- - 1", "NOT NOT 1", "+ 'a' || 'b'", "CAST('1' AS INTEGER) + 1",
                "CASE 1 WHEN 1 THEN 2 ELSE 3 END * 2", "coalesce(NULL, 1) + 1", "(1 + 2) * 3", "1 + (2 * 3)")) {
            assertSameValue(expr);
        }
    }

    @Test
    void randomExpressionsAgreeWithSqlite() throws SQLException {
        checkRandom(new Random(SEED), RANDOM_CASES, false);
    }

    /**
     * BETWEEN shares SQLite's comparison level with =, IS, IN, LIKE and the null tests (left to
     * right), and its bounds hold only what binds tighter: {@code x BETWEEN 1 AND 10 AND 3} is
     * {@code (x BETWEEN 1 AND 10) AND 3}, {@code 2 BETWEEN 1 AND 3 = 1} is {@code (2 BETWEEN 1 AND 3) = 1}.
     */
    @Test
    void betweenAgreesWithSqlite() throws SQLException {
        for (String expr : List.of("5 BETWEEN 1 AND 10 AND 3", "2 BETWEEN 1 AND 3 = 1", "2 BETWEEN 1 AND 3 IS 1",
                "1 BETWEEN 0 AND 2 LIKE 1", "5 BETWEEN 1 AND 10 AND 2 BETWEEN 2 AND 3")) {
            assertSameValue(expr);
        }
        checkRandom(new Random(SEED), RANDOM_CASES, true);
    }

    private static void checkRandom(Random random, int cases, boolean withBetween) throws SQLException {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            String expr = generate(random, 4, withBetween);
            String problem = compare(expr);
            if (problem != null) {
                failures.add(problem);
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + cases + " expressions are grouped unlike SQLite, e.g.\n"
                    + String.join("\n", failures.subList(0, Math.min(5, failures.size()))));
        }
    }

    private static void assertSameValue(String expr) throws SQLException {
        String problem = compare(expr);
        assertNull(problem, problem);
    }

    /** Null when the tree's grouping gives SQLite's value, else what differs. */
    private static String compare(String expr) throws SQLException {
        String sqlite;
        try {
            sqlite = evaluate(expr);
        } catch (SQLException refused) {
            return null; // not an expression SQLite takes; nothing to compare
        }
        ParseResult<DSchemaParser.StandaloneExprContext> parsed = Syntax.parseExpression(expr);
        if (parsed.hasErrors()) {
            return expr + "\n  SQLite takes it, the grammar does not: " + parsed.errors();
        }
        String grouped = parenthesize(parsed.tree().expr());
        String ours;
        try {
            ours = evaluate(grouped);
        } catch (SQLException e) {
            return expr + "\n  grouped as " + grouped + "\n  which SQLite refuses: " + e.getMessage();
        }
        return sqlite.equals(ours) ? null
                : expr + "\n  grouped as " + grouped + "\n  SQLite gives " + sqlite + ", the grouping gives " + ours;
    }

    private static String evaluate(String expr) throws SQLException {
        try (Statement statement = db.createStatement();
             ResultSet row = statement.executeQuery("SELECT quote(" + expr + ")")) {
            row.next();
            return row.getString(1);
        }
    }

    /** The expression's text with a parenthesis around every operator node. */
    static String parenthesize(ParseTree tree) {
        if (tree instanceof TerminalNode terminal) {
            return terminal.getSymbol().getType() == Token.EOF ? "" : terminal.getText();
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < tree.getChildCount(); i++) {
            String part = parenthesize(tree.getChild(i));
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        String text = String.join(" ", parts);
        boolean wrap = tree instanceof ParserRuleContext rule && rule.getChildCount() > 1
                && EXPRESSION_RULES.contains(DSchemaParser.ruleNames[rule.getRuleIndex()]);
        return wrap ? "(" + text + ")" : text;
    }

    /** The operators that bind tighter than SQLite's comparison level. */
    private static final String[] TERM_BINARY = {"||", "*", "/", "%", "+", "-", "&", "|", "<<", ">>", "<", "<=", ">", ">="};

    /**
     * A BETWEEN bound as the language reads one: operators that bind tighter than the comparison
     * level, at top level. SQLite also takes `x BETWEEN a IS b AND c` or `x BETWEEN NOT a AND b`;
     * the grammar asks for parentheses there (docs/language.md, "Decisions").
     */
    static String bound(Random random, int depth) {
        if (depth == 0 || random.nextInt(10) < 3) {
            return ATOMS[random.nextInt(ATOMS.length)];
        }
        int next = depth - 1;
        return switch (random.nextInt(6)) {
            case 0 -> new String[] {"-", "+", "~"}[random.nextInt(3)] + " " + bound(random, next);
            case 1 -> bound(random, next) + " COLLATE nocase";
            case 2 -> "coalesce(" + generate(random, next, true) + ", " + generate(random, next, true) + ")";
            case 3 -> "(" + generate(random, next, true) + ")";
            default -> bound(random, next) + " " + TERM_BINARY[random.nextInt(TERM_BINARY.length)] + " " + bound(random, next);
        };
    }

    @Test
    void betweenBoundsWithComparisonsNeedParentheses() {
        // SQLite takes these; the language asks for parentheses around such a bound (documented).
        for (String expr : List.of("1 BETWEEN 0 IS 0 AND 2", "1 BETWEEN NOT 0 AND 2")) {
            assertTrue(Syntax.parseExpression(expr).hasErrors(), expr);
        }
    }

    /** A random expression without parentheses of its own, so that precedence decides everything. */
    static String generate(Random random, int depth, boolean withBetween) {
        if (depth == 0 || random.nextInt(10) < 3) {
            return ATOMS[random.nextInt(ATOMS.length)];
        }
        int next = depth - 1;
        return switch (random.nextInt(12)) {
            case 0 -> new String[] {"-", "+", "~", "NOT"}[random.nextInt(4)] + " " + generate(random, next, withBetween);
            case 1 -> withBetween
                    ? generate(random, next, true) + (random.nextBoolean() ? " NOT" : "") + " BETWEEN "
                            + bound(random, next) + " AND " + bound(random, next)
                    : generate(random, next, false);
            case 2 -> generate(random, next, withBetween) + (random.nextBoolean() ? " NOT" : "") + " IN ("
                    + generate(random, next, withBetween) + ", " + generate(random, next, withBetween) + ")";
            case 3 -> generate(random, next, withBetween) + new String[] {" ISNULL", " NOTNULL", " NOT NULL"}[random.nextInt(3)];
            case 4 -> generate(random, next, withBetween) + " COLLATE nocase";
            case 5 -> "CAST(" + generate(random, next, withBetween) + " AS INTEGER)";
            case 6 -> "coalesce(" + generate(random, next, withBetween) + ", " + generate(random, next, withBetween) + ")";
            case 7 -> "CASE " + generate(random, next, withBetween) + " WHEN " + generate(random, next, withBetween)
                    + " THEN " + generate(random, next, withBetween) + " ELSE " + generate(random, next, withBetween) + " END";
            default -> generate(random, next, withBetween) + " " + BINARY[random.nextInt(BINARY.length)] + " "
                    + generate(random, next, withBetween);
        };
    }
}
