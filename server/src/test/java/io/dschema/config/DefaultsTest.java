package io.dschema.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultsTest {

    @TempDir
    Path tmp;

    @Test
    void withoutAConfigFileEveryDefaultIsRelativeToTheCurrentFolder() {
        Project p = new Project(tmp);
        p.write("b.dschema", "");
        p.write("a.dschema", "");
        p.write("sub/c.dschema", ""); // not a default: only the folder's own files

        ConfigResult r = p.load(Overrides.none());
        assertFalse(r.hasErrors(), Project.messages(r));
        DschemaConfig c = r.config();
        assertNull(c.configFile());
        assertEquals(p.root, c.baseDir());
        assertEquals(List.of(p.path("a.dschema"), p.path("b.dschema")), c.resolveSchema().files());
        assertEquals(p.path("migrations"), c.out());
        assertEquals(DatabaseUrl.Kind.FILE, c.url().kind());
        assertEquals(p.path("local.db"), c.url().file());
        assertEquals("file:" + p.path("local.db"), c.url().url());
        assertFalse(c.verbose());
        assertFalse(c.strict());
        assertTrue(c.breakpoints());
        assertEquals(new MigrationsConfig("__drizzle_migrations", MigrationPrefix.INDEX), c.migrations());
        assertEquals(TablesFilter.ALL, c.tablesFilter());
        assertNull(c.dbCredentials().authToken());
    }

    @Test
    void anExistingDrizzleJournalMakesDrizzleTheMigrationFolder() {
        Project p = new Project(tmp);
        p.write("drizzle/meta/_journal.json", "{\"version\":\"7\",\"dialect\":\"sqlite\",\"entries\":[]}");
        assertEquals(p.path("drizzle"), p.load(Overrides.none()).config().out());
    }

    @Test
    void aDrizzleFolderWithoutJournalIsNotEnough() {
        Project p = new Project(tmp);
        p.dir("drizzle/meta");
        assertEquals(p.path("migrations"), p.load(Overrides.none()).config().out());
    }

    @Test
    void theDrizzleRuleAlsoAppliesNextToAConfigFileWithoutOut() {
        Project p = new Project(tmp);
        p.write("app/drizzle/meta/_journal.json", "{}");
        p.write("app/dschema.json", "{ \"verbose\": true }");
        ConfigResult r = p.load("app", Overrides.none());
        assertEquals(p.path("app/drizzle"), r.config().out());
        assertEquals(p.path("app/local.db"), r.config().url().file());
    }

    @Test
    void withoutConfigTheSchemaFlagsFolderIsTheBase() {
        Project p = new Project(tmp);
        p.write("db/app.dschema", "");
        ConfigResult r = p.load(Overrides.none().withSchema("db/app.dschema"));
        assertFalse(r.hasErrors(), Project.messages(r));
        assertEquals(p.path("db"), r.config().baseDir());
        assertEquals(p.path("db/migrations"), r.config().out());
        assertEquals(p.path("db/local.db"), r.config().url().file());
        assertEquals(List.of(p.path("db/app.dschema")), r.config().resolveSchema().files());
    }

    @Test
    void noSchemaFileIsAProblemOnlyWhenTheSchemaIsResolved() {
        // migrate and status need no schema: loading must succeed in a folder without one.
        Project p = new Project(tmp);
        ConfigResult r = p.load(Overrides.none());
        assertFalse(r.hasErrors(), Project.messages(r));
        SchemaResolution s = r.config().resolveSchema();
        assertTrue(s.files().isEmpty());
        ConfigProblem problem = s.problems().get(0);
        assertEquals(ConfigCode.SCHEMA_NOT_FOUND, problem.code());
        assertTrue(problem.message().contains("--schema"), problem.message());
        assertTrue(problem.message().contains(p.root.toString()), problem.message());
    }

    @Test
    void anEmptyObjectMeansAllDefaultsRelativeToTheConfigFolder() {
        Project p = new Project(tmp);
        p.write("proj/dschema.json", "{}");
        p.dir("proj/src");
        ConfigResult r = p.load("proj/src", Overrides.none());
        assertEquals(p.path("proj"), r.config().baseDir());
        assertEquals(p.path("proj/migrations"), r.config().out());
    }
}
