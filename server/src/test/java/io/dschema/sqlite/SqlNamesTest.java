package io.dschema.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlNamesTest {

    @Test
    void quotedNamesAreUnquoted() {
        assertEquals(List.of("SELECT", "a\"b", "FROM", "my table", "JOIN", "x`y", "ON", "k"),
                SqlNames.in("SELECT \"a\"\"b\" FROM [my table] JOIN `x``y` ON k"));
    }

    @Test
    void stringsBlobsNumbersAndCommentsAreNotNames() {
        assertEquals(List.of("SELECT", "FROM", "t", "WHERE", "c"),
                SqlNames.in("SELECT 'it''s users', x'00ff', 1e5, 0x1F, 2.5 -- users\n FROM t /* users */ WHERE c"));
    }

    @Test
    void unterminatedTextEndsQuietly() {
        assertEquals(List.of("SELECT", "abc"), SqlNames.in("SELECT \"abc"));
        assertEquals(List.of("SELECT"), SqlNames.in("SELECT 'abc"));
        assertEquals(List.of("SELECT"), SqlNames.in("SELECT /* abc"));
    }
}
