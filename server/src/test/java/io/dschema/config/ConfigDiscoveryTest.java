package io.dschema.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigDiscoveryTest {

    @TempDir
    Path tmp;

    @Test
    void findsTheNearestConfigWalkingUpward() {
        Project p = new Project(tmp);
        p.write("dschema.json", "{}");
        Path inner = p.write("app/dschema.json", "{}");
        p.dir("app/db/tables");

        assertEquals(Optional.of(inner), ConfigDiscovery.find(p.path("app/db/tables"), null));
        assertEquals(Optional.of(inner), ConfigDiscovery.find(p.path("app"), null));
        assertEquals(Optional.of(p.path("dschema.json")), ConfigDiscovery.find(p.root, null));
    }

    @Test
    void stopsAtTheWorkspaceFolder() {
        Project p = new Project(tmp);
        p.write("dschema.json", "{}");          // above the workspace: must not be used
        p.dir("workspace/db");

        assertEquals(Optional.empty(), ConfigDiscovery.find(p.path("workspace/db"), p.path("workspace")));
        assertEquals(Optional.of(p.path("dschema.json")), ConfigDiscovery.find(p.path("workspace/db"), null));
    }

    @Test
    void theWorkspaceFolderItselfIsSearched() {
        Project p = new Project(tmp);
        Path config = p.write("workspace/dschema.json", "{}");
        p.dir("workspace/db");

        assertEquals(Optional.of(config), ConfigDiscovery.find(p.path("workspace/db"), p.path("workspace")));
    }

    @Test
    void aStartOutsideTheWorkspaceIgnoresTheStop() {
        Project p = new Project(tmp);
        Path config = p.write("other/dschema.json", "{}");
        p.dir("other/db");
        p.dir("workspace");

        assertEquals(Optional.of(config), ConfigDiscovery.find(p.path("other/db"), p.path("workspace")));
    }

    @Test
    void aFolderNamedDschemaJsonIsNotAConfig() {
        Project p = new Project(tmp);
        p.dir("dschema.json");
        assertEquals(Optional.empty(), ConfigDiscovery.find(p.root, p.root));
    }

    @Test
    void loaderDiscoversFromTheCurrentFolder() {
        Project p = new Project(tmp);
        p.write("dschema.json", "{ \"out\": \"./m\" }");
        p.dir("src/deep");

        ConfigResult r = p.load("src/deep", Overrides.none());
        assertFalse(r.hasErrors(), Project.messages(r));
        assertEquals(p.path("dschema.json"), r.config().configFile());
        assertEquals(p.path("m"), r.config().out());
    }

    @Test
    void loaderDiscoversFromTheSchemaFlagsFolder() {
        Project p = new Project(tmp);
        p.write("db/dschema.json", "{ \"out\": \"./m\" }");
        p.write("db/app.dschema", "table t { id integer }\n");
        p.dir("elsewhere");

        ConfigResult r = p.load("elsewhere", Overrides.none().withSchema("../db/app.dschema"));
        assertFalse(r.hasErrors(), Project.messages(r));
        assertEquals(p.path("db/dschema.json"), r.config().configFile());
        assertEquals(p.path("db/m"), r.config().out());
    }

    @Test
    void editorDiscoveryStartsAtTheDocumentAndStopsAtTheWorkspace() {
        Project p = new Project(tmp);
        p.write("dschema.json", "{ \"out\": \"./outside\" }");
        p.dir("ws/db");

        ConfigResult r = p.load(Overrides.none().withSearch(p.path("ws/db"), p.path("ws")));
        assertFalse(r.hasErrors(), Project.messages(r));
        assertNull(r.config().configFile());
        assertEquals(p.path("ws/db"), r.config().baseDir());
        assertEquals(p.path("ws/db/migrations"), r.config().out());
    }

    @Test
    void explicitConfigFileOrFolder() {
        Project p = new Project(tmp);
        Path config = p.write("conf/dschema.json", "{}");
        p.write("conf/other.json", "{ \"verbose\": true }");

        ConfigResult byFolder = p.load(Overrides.none().withConfig("conf"));
        assertEquals(config, byFolder.config().configFile());

        ConfigResult byFile = p.load(Overrides.none().withConfig("conf/other.json"));
        assertEquals(p.path("conf/other.json"), byFile.config().configFile());
        assertTrue(byFile.config().verbose());
        assertEquals(p.path("conf"), byFile.config().baseDir());
    }

    @Test
    void missingExplicitConfigIsAnError() {
        Project p = new Project(tmp);
        ConfigResult r = p.load(Overrides.none().withConfig("nope/dschema.json"));
        ConfigProblem problem = Project.only(r);
        assertNull(r.config());
        assertEquals(ConfigCode.CONFIG_NOT_FOUND, problem.code());
        assertEquals("--config", problem.key());
        assertTrue(problem.message().contains(p.path("nope/dschema.json").toString()), problem.message());
        assertTrue(problem.format().startsWith("dschema: error[DS0908]: --config: "), problem.format());
        assertEquals(1, r.exitCode());
    }
}
