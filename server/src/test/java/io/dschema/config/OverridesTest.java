package io.dschema.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverridesTest {

    @TempDir
    Path tmp;

    private Project project() {
        Project p = new Project(tmp);
        p.write("proj/schema.dschema", "");
        p.write("proj/dschema.json", """
                { "schema": "./schema.dschema", "out": "./migrations", "verbose": false, "strict": false,
                  "dbCredentials": { "url": "libsql://prod.turso.io", "authToken": "${TURSO_AUTH_TOKEN}" },
                  "tablesFilter": ["*"] }
                """);
        p.write("cwd/other.dschema", "");
        return p;
    }

    @Test
    void flagsReplaceTheFilesValuesAndResolveAgainstTheCurrentFolder() {
        Project p = project();
        Overrides flags = Overrides.none()
                .withConfig("../proj/dschema.json")
                .withSchema("other.dschema")
                .withUrl("file:./dev.db")
                .withOut("out-here")
                .withVerbose(true)
                .withStrict(true)
                .withBreakpoints(false)
                .withTablesFilter(List.of("!legacy_*"));
        ConfigResult r = p.load("cwd", flags);
        assertFalse(r.hasErrors(), Project.messages(r));
        DschemaConfig c = r.config();
        assertEquals(p.path("proj/dschema.json"), c.configFile());
        assertEquals(p.path("proj"), c.baseDir(), "the file's folder stays the base of the file's own paths");
        assertEquals(List.of(p.path("cwd/other.dschema")), c.resolveSchema().files());
        assertEquals(p.path("cwd/dev.db"), c.url().file());
        assertEquals(p.path("cwd/out-here"), c.out());
        assertTrue(c.verbose());
        assertTrue(c.strict());
        assertFalse(c.breakpoints());
        assertFalse(c.tablesFilter().matches("legacy_a"));
    }

    @Test
    void withoutFlagsTheFileWins() {
        Project p = project();
        ConfigResult r = p.load("proj", Overrides.none());
        assertFalse(r.hasErrors(), Project.messages(r));
        assertEquals("libsql://prod.turso.io", r.config().url().url());
        assertEquals(p.path("proj/migrations"), r.config().out());
        assertFalse(r.config().verbose());
    }

    @Test
    void theUrlFlagKeepsTheFilesToken() {
        Project p = project();
        ConfigResult r = p.load("proj", Overrides.none().withUrl("https://staging.example.com"));
        assertEquals("tok-SECRET-123", r.config().dbCredentials().authToken().reveal());
        assertEquals(DatabaseUrl.Kind.HTTPS, r.config().url().kind());
    }

    @Test
    void badFlagsAreProblemsNamingTheFlag() {
        Project p = project();
        ConfigResult r = p.load("proj", Overrides.none().withUrl("mysql://x").withOut("").withSchema("nope.dschema"));
        assertNull(r.config());
        List<String> keys = r.problems().stream().map(ConfigProblem::key).sorted().toList();
        assertEquals(List.of("--out", "--schema", "--url"), keys, Project.messages(r));
        ConfigProblem url = r.problems().stream().filter(x -> x.key().equals("--url")).findFirst().orElseThrow();
        assertEquals(ConfigCode.BAD_URL, url.code());
        assertTrue(url.format().startsWith("dschema: error[DS0905]: --url: "), url.format());
        ConfigProblem schema = r.problems().stream().filter(x -> x.key().equals("--schema")).findFirst().orElseThrow();
        assertTrue(schema.message().contains("relative to the current folder"), schema.message());
    }

    @Test
    void applyToWorksOnAnyConfig() {
        Project p = project();
        DschemaConfig base = p.load("proj", Overrides.none()).config();
        ConfigResult r = Overrides.none().withOut("/abs/out").withUrl(":memory:").applyTo(base, p.path("cwd"));
        assertEquals(Path.of("/abs/out").toAbsolutePath(), r.config().out());
        assertEquals(DatabaseUrl.Kind.MEMORY, r.config().url().kind());
        assertEquals(base.schema(), r.config().schema());
    }
}
