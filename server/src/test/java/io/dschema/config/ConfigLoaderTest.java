package io.dschema.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path tmp;

    @Test
    void relativePathsResolveAgainstTheConfigFilesFolder() {
        Project p = new Project(tmp);
        p.write("proj/db/app.dschema", "");
        p.write("proj/dschema.json", """
                { "schema": "./db/app.dschema", "out": "db/../migrations",
                  "dbCredentials": { "url": "file:data/dev.db" } }
                """);
        p.dir("elsewhere");

        ConfigResult r = p.load("elsewhere", Overrides.none().withConfig("../proj/dschema.json"));
        assertFalse(r.hasErrors(), Project.messages(r));
        DschemaConfig c = r.config();
        assertEquals(p.path("proj"), c.baseDir());
        assertEquals(List.of(p.path("proj/db/app.dschema")), c.resolveSchema().files());
        assertEquals(p.path("proj/migrations"), c.out());
        assertEquals(p.path("proj/data/dev.db"), c.url().file());
        assertTrue(c.out().isAbsolute());
    }

    @Test
    void commentsAndTrailingCommasAreAccepted() {
        Project p = new Project(tmp);
        ConfigResult r = p.config("""
                // line comment
                {
                  /* block
                     comment */ "verbose": true, // after a value
                  "out": "./a//b/*c*/", // slashes inside strings are not comments
                  "tablesFilter": ["*", "!x_*",],
                }
                """);
        assertFalse(r.hasErrors(), Project.messages(r));
        assertTrue(r.config().verbose());
        assertEquals(p.path("a/b/*c*"), r.config().out());
        assertEquals(List.of("*", "!x_*"), r.config().tablesFilter().patterns());
    }

    @Test
    void anUnclosedBlockCommentIsReportedWhereItStarts() {
        Project p = new Project(tmp);
        ConfigProblem problem = Project.only(p.config("{\n  \"out\": \"m\" /* oops\n}\n"));
        assertEquals(ConfigCode.SYNTAX, problem.code());
        assertEquals(2, problem.line());
        assertEquals(14, problem.column());
    }

    @Test
    void environmentVariablesAreExpandedInStrings() {
        Project p = new Project(tmp);
        ConfigResult r = p.config("""
                { "dbCredentials": { "url": "${TURSO_DATABASE_URL}", "authToken": "${TURSO_AUTH_TOKEN}" },
                  "out": "./${TURSO_AUTH_TOKEN}-dir" }
                """);
        assertFalse(r.hasErrors(), Project.messages(r));
        assertEquals(DatabaseUrl.Kind.LIBSQL, r.config().url().kind());
        assertEquals("libsql://env-db.turso.io", r.config().url().url());
        assertEquals("tok-SECRET-123", r.config().dbCredentials().authToken().reveal());
        assertEquals(p.path("tok-SECRET-123-dir"), r.config().out());
    }

    @Test
    void aMissingVariableIsAnErrorNamingTheKeyAndTheVariable() {
        Project p = new Project(tmp);
        ConfigResult r = p.config("""
                { "dbCredentials": { "url": "libsql://x.turso.io", "authToken": "${NOT_SET_TOKEN}" } }
                """);
        ConfigProblem problem = Project.only(r);
        assertNull(r.config());
        assertEquals(ConfigCode.MISSING_ENV, problem.code());
        assertEquals("dbCredentials.authToken", problem.key());
        assertTrue(problem.message().startsWith("dbCredentials.authToken: "), problem.message());
        assertTrue(problem.message().contains("NOT_SET_TOKEN"), problem.message());
        assertEquals(1, problem.line());
        assertEquals(52, problem.column());
    }

    @Test
    void aMalformedReferenceIsAnError() {
        Project p = new Project(tmp);
        ConfigProblem problem = Project.only(p.config("{ \"out\": \"${OPEN\" }"));
        assertEquals(ConfigCode.MISSING_ENV, problem.code());
        assertTrue(problem.message().contains("not closed"), problem.message());

        problem = Project.only(p.config("{ \"out\": \"${1BAD}\" }"));
        assertTrue(problem.message().contains("not a variable name"), problem.message());
    }

    @Test
    void aLoneDollarIsKeptAsWritten() {
        Project p = new Project(tmp);
        ConfigResult r = p.config("{ \"out\": \"./$money\" }");
        assertEquals(p.path("$money"), r.config().out());
    }

    @Test
    void aMissingVariableDoesNotMatterWhereAFlagReplacesTheValue() {
        Project p = new Project(tmp);
        p.write("dschema.json", """
                { "dbCredentials": { "url": "${PROD_URL}", "authToken": "${PROD_TOKEN}" } }
                """);
        ConfigResult withoutFlag = p.load(Overrides.none());
        assertEquals(2, withoutFlag.errors().size(), Project.messages(withoutFlag));

        // --url to a local file: the URL is replaced, and a local file takes no token.
        ConfigResult r = p.load(Overrides.none().withUrl("file:./dev.db"));
        assertFalse(r.hasErrors(), Project.messages(r));
        assertEquals(p.path("dev.db"), r.config().url().file());

        // --url to a remote database still needs the token.
        ConfigResult remote = p.load(Overrides.none().withUrl("libsql://other.turso.io"));
        assertEquals("dbCredentials.authToken", Project.only(remote).key());
    }

    @Test
    void aMissingTokenForALocalFileIsNotAnError() {
        Project p = new Project(tmp);
        ConfigResult r = p.config("{ \"dbCredentials\": { \"url\": \"file:./a.db\", \"authToken\": \"${NOPE}\" } }");
        assertFalse(r.hasErrors(), Project.messages(r));
        assertNull(r.config().dbCredentials().authToken());
    }

    @Test
    void everyProblemIsCollectedNotOnlyTheFirst() {
        Project p = new Project(tmp);
        ConfigResult r = p.config("""
                {
                  "tableFilter": ["*"],
                  "verbose": "yes",
                  "migrations": { "prefix": "idx", "tabel": "m" },
                  "dbCredentials": { "url": "ftp://x" },
                  "schema": "./missing.dschema"
                }
                """);
        assertNull(r.config());
        List<String> keys = r.problems().stream().map(ConfigProblem::key).toList();
        assertEquals(List.of("tableFilter", "verbose", "migrations.prefix", "migrations.tabel", "dbCredentials.url",
                "schema"), keys, Project.messages(r));
        List<Integer> lines = r.problems().stream().map(ConfigProblem::line).toList();
        assertEquals(List.of(2, 3, 4, 4, 5, 6), lines);
    }

    @Test
    void problemsFormatAsPathLineColumnSeverityCodeMessage() {
        Project p = new Project(tmp);
        ConfigResult r = p.config("{\n  \"tableFilter\": \"*\"\n}\n");
        String line = Project.only(r).format();
        assertEquals(p.path("dschema.json") + ":2:3: error[DS0902]: tableFilter: unknown key; did you mean"
                + " \"tablesFilter\"?", line);
    }

    @Test
    void theAuthTokenNeverAppearsInToStringOrMessages() {
        Project p = new Project(tmp);
        String token = "tok-SECRET-123";
        ConfigResult ok = p.config("""
                { "dbCredentials": { "url": "libsql://x.turso.io", "authToken": "${TURSO_AUTH_TOKEN}" } }
                """);
        assertFalse(ok.hasErrors(), Project.messages(ok));
        assertEquals(token, ok.config().dbCredentials().authToken().reveal());
        assertFalse(ok.config().toString().contains(token), ok.config().toString());
        assertFalse(ok.config().dbCredentials().toString().contains(token));
        assertFalse(ok.toString().contains(token));
        assertTrue(ok.config().dbCredentials().toString().contains("<redacted>"));

        // A token written in the file, next to other mistakes: no message shows it.
        ConfigResult bad = p.config("""
                { "dbCredentials": { "url": "http://db.example.com/?authToken=tok-SECRET-123",
                                     "authToken": "tok-SECRET-123", "token": "tok-SECRET-123" } }
                """);
        assertTrue(bad.hasErrors());
        assertFalse(Project.messages(bad).contains(token), Project.messages(bad));
        assertFalse(bad.toString().contains(token));

        ConfigResult wrongType = p.config("{ \"dbCredentials\": { \"url\": \"file:a.db\", \"authToken\": 12345 } }");
        assertEquals(ConfigCode.WRONG_TYPE, Project.only(wrongType).code());
        assertFalse(Project.messages(wrongType).contains("12345"), Project.messages(wrongType));
    }

    @Test
    void aUrlsQueryStringIsRedactedInToString() {
        Project p = new Project(tmp);
        ConfigResult r = p.config("{ \"dbCredentials\": { \"url\": \"libsql://x.turso.io?authToken=abc\" } }");
        assertFalse(r.config().toString().contains("abc"), r.config().toString());
        assertEquals("libsql://x.turso.io?authToken=abc", r.config().url().url());
    }

    @Test
    void aByteOrderMarkIsIgnored() {
        Project p = new Project(tmp);
        ConfigResult r = p.config("\uFEFF{ \"verbose\": true }");
        assertFalse(r.hasErrors(), Project.messages(r));
    }

    @Test
    void theEnvironmentIsInjectedNotRead() {
        Project p = new Project(tmp);
        p.write("dschema.json", "{ \"out\": \"${PATH}\" }");
        ConfigResult r = ConfigLoader.load(Overrides.none(), p.root, Map.of());
        assertEquals(ConfigCode.MISSING_ENV, Project.only(r).code());
    }
}
