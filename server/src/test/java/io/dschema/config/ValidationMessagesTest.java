package io.dschema.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of mistake: the code, the key (as a JSON path), its position, and the advice. */
class ValidationMessagesTest {

    @TempDir
    Path tmp;

    private ConfigProblem problem(String json) {
        Project p = new Project(tmp);
        ConfigResult r = p.config(json);
        assertNull(r.config(), "a config with an error must not be returned");
        return Project.only(r);
    }

    private static void assertProblem(ConfigProblem p, ConfigCode code, String key, String... fragments) {
        assertEquals(code, p.code(), p.format());
        assertEquals(key, p.key(), p.format());
        assertTrue(p.message().startsWith(key + ":"), "the message names the key: " + p.message());
        for (String fragment : fragments) {
            assertTrue(p.message().contains(fragment), "'" + fragment + "' in: " + p.message());
        }
    }

    @Test
    void unknownKeySuggestsTheNearestKnownKey() {
        ConfigProblem p = problem("{ \"tableFilter\": \"*\" }");
        assertProblem(p, ConfigCode.UNKNOWN_KEY, "tableFilter", "did you mean \"tablesFilter\"");
        assertEquals(1, p.line());
        assertEquals(3, p.column());
    }

    @Test
    void unknownKeySuggestionIgnoresCase() {
        assertProblem(problem("{ \"Verbose\": true }"), ConfigCode.UNKNOWN_KEY, "Verbose", "\"verbose\"");
    }

    @Test
    void unknownKeyWithoutNearNeighbourListsTheKeys() {
        assertProblem(problem("{ \"colour\": 1 }"), ConfigCode.UNKNOWN_KEY, "colour", "schema, out, dbCredentials");
    }

    @Test
    void aNestedKeyAtTheTopSaysWhereItBelongs() {
        assertProblem(problem("{ \"url\": \"file:a.db\" }"), ConfigCode.UNKNOWN_KEY, "url", "dbCredentials.url");
        assertProblem(problem("{ \"prefix\": \"index\" }"), ConfigCode.UNKNOWN_KEY, "prefix", "migrations.prefix");
    }

    @Test
    void unknownNestedKeyIsReportedWithItsPath() {
        ConfigProblem p = problem("{ \"dbCredentials\": {\n    \"url\": \"file:a.db\",\n    \"authtoken\": \"x\" } }");
        assertProblem(p, ConfigCode.UNKNOWN_KEY, "dbCredentials.authtoken", "\"authToken\"");
        assertEquals(3, p.line());
        assertEquals(5, p.column());
    }

    @Test
    void drizzleOnlyKeysExplainWhyTheyAreNotNeeded() {
        assertProblem(problem("{ \"dialect\": \"turso\" }"), ConfigCode.UNKNOWN_KEY, "dialect", "SQLite and Turso");
        assertProblem(problem("{ \"driver\": \"turso\" }"), ConfigCode.UNKNOWN_KEY, "driver", "libsql://");
    }

    @Test
    void wrongTypes() {
        assertProblem(problem("{ \"verbose\": \"yes\" }"), ConfigCode.WRONG_TYPE, "verbose", "true or false",
                "a string (\"yes\")");
        assertProblem(problem("{ \"strict\": 1 }"), ConfigCode.WRONG_TYPE, "strict", "a number (1)");
        assertProblem(problem("{ \"schema\": { } }"), ConfigCode.WRONG_TYPE, "schema", "an array of them");
        assertProblem(problem("{ \"schema\": [\"a.dschema\", 3] }"), ConfigCode.WRONG_TYPE, "schema[1]", "a string");
        assertProblem(problem("{ \"out\": null }"), ConfigCode.WRONG_TYPE, "out", "remove the key");
        assertProblem(problem("{ \"dbCredentials\": \"file:a.db\" }"), ConfigCode.WRONG_TYPE, "dbCredentials",
                "{ \"url\": \"file:./local.db\" }");
        assertProblem(problem("{ \"migrations\": [] }"), ConfigCode.WRONG_TYPE, "migrations", "an object");
        assertProblem(problem("{ \"tablesFilter\": 5 }"), ConfigCode.WRONG_TYPE, "tablesFilter", "glob");
        assertProblem(problem("{ \"dbCredentials\": { \"url\": true } }"), ConfigCode.WRONG_TYPE, "dbCredentials.url");
    }

    @Test
    void badValues() {
        assertProblem(problem("{ \"migrations\": { \"prefix\": \"idx\" } }"), ConfigCode.BAD_VALUE,
                "migrations.prefix", "\"idx\"", "index, timestamp, supabase, unix, none");
        assertProblem(problem("{ \"migrations\": { \"table\": \"\" } }"), ConfigCode.BAD_VALUE, "migrations.table",
                "empty");
        assertProblem(problem("{ \"out\": \"  \" }"), ConfigCode.BAD_VALUE, "out", "empty");
        assertProblem(problem("{ \"schema\": [] }"), ConfigCode.BAD_VALUE, "schema", "at least one");
        assertProblem(problem("{ \"tablesFilter\": [] }"), ConfigCode.BAD_VALUE, "tablesFilter", "[\"*\"]");
        assertProblem(problem("{ \"tablesFilter\": [\"*\", \"!\"] }"), ConfigCode.BAD_VALUE, "tablesFilter[1]",
                "!legacy_*");
        assertProblem(problem("{ \"tablesFilter\": \"\" }"), ConfigCode.BAD_VALUE, "tablesFilter", "empty pattern");
        assertProblem(problem("{ \"dbCredentials\": { \"authToken\": \"x\" } }"), ConfigCode.BAD_VALUE,
                "dbCredentials", "\"url\" is missing");
    }

    @Test
    void outThatIsAFileIsABadValue() {
        new Project(tmp).write("migrations", "not a folder");
        assertProblem(problem("{ \"out\": \"./migrations\" }"), ConfigCode.BAD_VALUE, "out", "is a file");
    }

    @Test
    void urlsThatAreNotAcceptedSayWhatIs() {
        ConfigProblem p = problem("{ \"dbCredentials\": { \"url\": \"postgres://localhost/app\" } }");
        assertProblem(p, ConfigCode.BAD_URL, "dbCredentials.url", "file:./local.db", "libsql://", "https://",
                "localhost");
        assertProblem(problem("{ \"dbCredentials\": { \"url\": \"http://db.example.com\" } }"), ConfigCode.BAD_URL,
                "dbCredentials.url", "unencrypted", "db.example.com", "https://");
        assertProblem(problem("{ \"dbCredentials\": { \"url\": \"local.db\" } }"), ConfigCode.BAD_URL,
                "dbCredentials.url", "is a path", "\"file:local.db\"");
        assertProblem(problem("{ \"dbCredentials\": { \"url\": \"file:\" } }"), ConfigCode.BAD_URL,
                "dbCredentials.url", "no path");
        assertProblem(problem("{ \"dbCredentials\": { \"url\": \"libsql://\" } }"), ConfigCode.BAD_URL,
                "dbCredentials.url", "no host");
    }

    @Test
    void aMissingSchemaFileNamesTheConfigTheKeyAndThePath() {
        Project project = new Project(tmp);
        ConfigResult r = project.config("{\n  \"schema\": [\"./db/app.dschema\"]\n}");
        ConfigProblem p = Project.only(r);
        assertProblem(p, ConfigCode.SCHEMA_NOT_FOUND, "schema[0]", "./db/app.dschema",
                project.path("db/app.dschema").toString(), "config file's folder");
        assertEquals(project.path("dschema.json"), p.file());
        assertEquals(2, p.line());
        assertEquals(14, p.column());
    }

    @Test
    void aGlobThatMatchesNothingIsAnError() {
        assertProblem(problem("{ \"schema\": \"./db/**/*.dschema\" }"), ConfigCode.SCHEMA_NOT_FOUND, "schema",
                "matches no .dschema file");
    }

    @Test
    void aFolderWithoutSchemaFilesIsAnError() {
        new Project(tmp).write("db/readme.txt", "");
        assertProblem(problem("{ \"schema\": \"./db\" }"), ConfigCode.SCHEMA_NOT_FOUND, "schema", "holds no .dschema");
    }

    @Test
    void duplicateKeys() {
        ConfigProblem p = problem("{\n  \"out\": \"a\",\n  \"out\": \"b\"\n}");
        assertProblem(p, ConfigCode.DUPLICATE_KEY, "out", "twice", "line 2");
        assertEquals(3, p.line());
    }

    @Test
    void syntaxErrorsArePositionedAndWorded() {
        ConfigProblem p = problem("{\n  \"out\": \"a\"\n  \"verbose\": true\n}");
        assertEquals(ConfigCode.SYNTAX, p.code());
        assertEquals(3, p.line());
        assertTrue(p.message().startsWith("not valid JSON"), p.message());
        assertTrue(p.message().contains("comma missing"), p.message());

        p = problem("{ \"out\": \"a }");
        assertTrue(p.message().contains("string is not closed"), p.message());

        p = problem("{ 'out': 'a' }");
        assertEquals(ConfigCode.SYNTAX, p.code());
        assertTrue(p.message().contains("double quotes"), p.message());
        assertTrue(!p.message().contains("setStrictness"), p.message());

        p = problem("{ \"out\": \"a\"");
        assertTrue(p.message().contains("ends too early"), p.message());

        p = problem("{ \"out\": \"a\" } {}");
        assertTrue(p.message().contains("after the closing }"), p.message());

        p = problem("");
        assertTrue(p.message().contains("empty"), p.message());

        p = problem("# not a comment in JSON\n{}");
        assertEquals(ConfigCode.SYNTAX, p.code());
    }

    @Test
    void pathsWithCharactersNoFileSystemAcceptsAreProblemsNotExceptions() {
        assertProblem(problem("{ \"out\": \"a\\u0000b\" }"), ConfigCode.BAD_VALUE, "out", "not a valid path");
        assertProblem(problem("{ \"schema\": \"a\\u0000b\" }"), ConfigCode.SCHEMA_NOT_FOUND, "schema",
                "not a valid path");
        assertProblem(problem("{ \"schema\": \"*\\u0000\" }"), ConfigCode.SCHEMA_NOT_FOUND, "schema",
                "\"*\\u0000\"");
        assertProblem(problem("{ \"dbCredentials\": { \"url\": \"file:a\\u0000\" } }"), ConfigCode.BAD_URL,
                "dbCredentials.url", "not a valid path");
        Project p = new Project(tmp.resolve("flags"));
        p.dir(".");
        ConfigResult r = p.load(Overrides.none().withConfig("a\u0000").withOut("b\u0000").withSchema("c\u0000"));
        assertEquals(ConfigCode.CONFIG_NOT_FOUND, Project.only(r).code());
        r = p.load(Overrides.none().withOut("b\u0000").withSchema("c\u0000").withSearch(p.root, p.root));
        assertEquals(2, r.errors().size(), Project.messages(r));
    }

    @Test
    void theTopLevelMustBeAnObject() {
        assertEquals(ConfigCode.WRONG_TYPE, problem("[\"a.dschema\"]").code());
        assertEquals(ConfigCode.WRONG_TYPE, problem("\"a.dschema\"").code());
    }
}
