package io.dschema.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseUrlTest {

    private static final Path BASE = Path.of("/project").toAbsolutePath();

    private static DatabaseUrl ok(String text) {
        Checked<DatabaseUrl> c = DatabaseUrl.parse(text, BASE);
        assertTrue(c.isOk(), text + ": " + c.error());
        return c.value();
    }

    private static String error(String text) {
        Checked<DatabaseUrl> c = DatabaseUrl.parse(text, BASE);
        assertFalse(c.isOk(), text + " should be refused");
        return c.error();
    }

    @Test
    void fileUrlsResolveAgainstTheBaseFolder() {
        assertEquals(BASE.resolve("local.db"), ok("file:./local.db").file());
        assertEquals(BASE.resolve("local.db"), ok("file:local.db").file());
        assertEquals(BASE.resolve("../up.db").normalize(), ok("file:../up.db").file());
        assertEquals(Path.of("/abs/x.db"), ok("file:/abs/x.db").file());
        assertEquals(Path.of("/abs/x.db"), ok("file:///abs/x.db").file());
        assertEquals(Path.of("/abs/x.db"), ok("file://localhost/abs/x.db").file());
        assertEquals("file:" + BASE.resolve("local.db"), ok("file:./local.db").url());
        assertEquals(DatabaseUrl.Kind.FILE, ok("file:a.db").kind());
        assertEquals("local.db", ok("file:./local.db").displayName());
    }

    @Test
    void memoryIsKept() {
        assertEquals(DatabaseUrl.Kind.MEMORY, ok("file::memory:").kind());
        assertEquals(DatabaseUrl.Kind.MEMORY, ok(":memory:").kind());
        assertNull(ok(":memory:").file());
    }

    @Test
    void remoteUrlsAreKeptAsWritten() {
        DatabaseUrl turso = ok("libsql://my-db-me.turso.io");
        assertEquals(DatabaseUrl.Kind.LIBSQL, turso.kind());
        assertEquals("libsql://my-db-me.turso.io", turso.url());
        assertEquals("my-db-me.turso.io", turso.displayName());
        assertEquals(DatabaseUrl.Kind.HTTPS, ok("https://db.example.com:8443/x").kind());
        assertEquals("under_score.example.com", ok("libsql://under_score.example.com").displayName());
        assertFalse(turso.isLocal());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost", "http://LOCALHOST:8080", "http://127.0.0.1:8080/v2",
            "http://127.1.2.3", "http://[::1]:8080", "http://[0:0:0:0:0:0:0:1]/"})
    void plainHttpToLoopbackIsAccepted(String url) {
        assertEquals(DatabaseUrl.Kind.HTTP, ok(url).kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com", "http://localhost.example.com", "http://10.0.0.1:8080",
            "http://128.0.0.1", "http://[::2]", "http://user@evil.com", "http://127.0.0.1.evil.com"})
    void plainHttpElsewhereIsRefused(String url) {
        assertTrue(error(url).contains("http://"), error(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres://localhost/db", "ws://localhost", "wss://x.turso.io", "local.db", "",
            "LIBSQL://x.turso.io", "file:", "file://server/share/x.db", "libsql://", "https:///path",
            "libsql://a b.turso.io"})
    void otherUrlsAreRefusedWithWhatIsAccepted(String url) {
        String message = error(url);
        assertTrue(message.contains("\"") || message.contains("file:"), message);
    }

    @Test
    void theRefusalListsTheAcceptedForms() {
        String message = error("mysql://x");
        assertTrue(message.contains("file:./local.db"), message);
        assertTrue(message.contains("libsql://"), message);
        assertTrue(message.contains("https://"), message);
        assertTrue(message.contains("localhost"), message);
    }

    @Test
    void messagesAndToStringHideUserInfoAndQuery() {
        assertEquals("libsql://x.turso.io?…", DatabaseUrl.redact("libsql://x.turso.io?authToken=abc"));
        assertEquals("https://…@x.io/p", DatabaseUrl.redact("https://user:pw@x.io/p"));
        assertFalse(error("http://user:pw@evil.com/?authToken=abc").contains("abc"));
        assertFalse(error("http://user:pw@evil.com/").contains("pw"));
        assertFalse(ok("libsql://x.turso.io?authToken=abc").toString().contains("abc"));
    }
}
