package io.dschema.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TablesFilterTest {

    private static TablesFilter filter(String... patterns) {
        return new TablesFilter(List.of(patterns));
    }

    @Test
    void starManagesEveryTable() {
        assertTrue(TablesFilter.ALL.matches("users"));
        assertTrue(TablesFilter.ALL.matches(""));
    }

    @Test
    void aNegativePatternExcludes() {
        TablesFilter f = filter("*", "!legacy_*");
        assertTrue(f.matches("users"));
        assertFalse(f.matches("legacy_users"));
        assertTrue(f.matches("users_legacy"));
    }

    @Test
    void onlyNegativePatternsImplyStar() {
        TablesFilter f = filter("!legacy_*", "!_litestream_*");
        assertTrue(f.matches("users"));
        assertFalse(f.matches("legacy_x"));
        assertFalse(f.matches("_litestream_seq"));
    }

    @Test
    void aNameMustMatchSomePositivePattern() {
        TablesFilter f = filter("users", "app_*", "!app_tmp*");
        assertTrue(f.matches("users"));
        assertTrue(f.matches("app_orders"));
        assertFalse(f.matches("app_tmp1"));
        assertFalse(f.matches("orders"), "not named by any positive pattern");
    }

    @Test
    void negativeWinsWhateverTheOrder() {
        assertFalse(filter("!users", "users").matches("users"));
        assertFalse(filter("users", "!users").matches("users"));
    }

    @Test
    void questionMarkIsOneCharacter() {
        TablesFilter f = filter("t?");
        assertTrue(f.matches("t1"));
        assertFalse(f.matches("t"));
        assertFalse(f.matches("t12"));
    }

    @Test
    void starMatchesAnyRunIncludingEmpty() {
        TablesFilter f = filter("a*b*c");
        assertTrue(f.matches("abc"));
        assertTrue(f.matches("aXXbYYc"));
        assertTrue(f.matches("abbbc"));
        assertFalse(f.matches("abcd"));
        assertFalse(f.matches("acb"));
    }

    @Test
    void comparisonIgnoresAsciiCaseOnly() {
        TablesFilter f = filter("Users", "!LEGACY_*");
        assertTrue(f.matches("users"));
        assertTrue(f.matches("USERS"));
        assertFalse(f.matches("legacy_a"));
        // SQLite folds ASCII letters only: 'É' and 'é' are different names.
        assertFalse(filter("É").matches("é"));
        assertTrue(filter("é").matches("é"));
    }

    @Test
    void otherCharactersAreLiteral() {
        TablesFilter f = filter("a.b", "[x]");
        assertTrue(f.matches("a.b"));
        assertFalse(f.matches("aXb"));
        assertTrue(f.matches("[x]"));
        assertFalse(f.matches("x"));
    }

    @Test
    void patternsThatCannotWorkAreRejected() {
        assertTrue(TablesFilter.problemWith("") != null);
        assertTrue(TablesFilter.problemWith("!") != null);
        assertTrue(TablesFilter.problemWith("!x") == null);
    }
}
