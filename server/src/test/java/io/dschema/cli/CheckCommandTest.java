package io.dschema.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @TempDir
    Path dir;

    @Test
    void theQuickstartProjectIsValid() {
        Path quickstart = TestData.root().resolve("quickstart");
        CliRun run = CliRun.in(quickstart, "check");
        assertEquals(0, run.exitCode(), run.all());
        assertEquals("", run.all());
    }

    @Test
    void quickstartByExplicitSchemaPathFromTheRepositoryRoot() {
        CliRun run = CliRun.in(TestData.root().getParent(), "check", "--schema", "testdata/quickstart/schema.dschema");
        assertEquals(0, run.exitCode(), run.all());
    }

    /** The "done when": three kinds of error at their line:col, nothing on the good lines, exit 1. */
    @Test
    void reportsUnknownTargetDuplicateColumnAndSyntaxErrorEachOnItsLine() throws IOException {
        Files.writeString(dir.resolve("schema.dschema"), """
                table users {
                  id      integer primary key
                  name    text not null
                  team_id integer references teams(id)
                  name    text
                  age     integer chek (age > 0)
                  email   text not null
                }

                table posts {
                  id      integer primary key
                  user_id integer not null references users(id)
                }
                """);
        CliRun run = CliRun.in(dir, "check");
        assertEquals(1, run.exitCode());
        List<String> lines = run.all().lines().filter(line -> line.contains(": error[")).toList();
        assertEquals(3, lines.size(), run.all());
        assertTrue(run.all().lines().filter(line -> line.startsWith("schema.dschema:"))
                .allMatch(line -> line.startsWith("schema.dschema:4:") || line.startsWith("schema.dschema:5:")
                        || line.startsWith("schema.dschema:6:")), "nothing on the good lines: " + run.all());
        assertTrue(lines.get(0).startsWith("schema.dschema:4:30: error[DS1010]: "), lines.get(0));
        assertTrue(lines.get(1).startsWith("schema.dschema:5:3: error[DS1002]: "), lines.get(1));
        assertTrue(lines.get(2).startsWith("schema.dschema:6:"), lines.get(2));
        assertTrue(lines.get(2).contains("error[DS0001]"), lines.get(2));
        assertTrue(run.err().contains("3 errors"), run.err());
    }

    @Test
    void jsonOutputHasTheDocumentedShape() throws IOException {
        Files.writeString(dir.resolve("a.dschema"), "table t {\n  id integer primary key\n  id text\n}\n");
        CliRun run = CliRun.in(dir, "check", "--json");
        assertEquals(1, run.exitCode());
        JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals("a.dschema", root.getAsJsonArray("files").get(0).getAsString());
        JsonObject diagnostic = root.getAsJsonArray("diagnostics").get(0).getAsJsonObject();
        assertEquals("a.dschema", diagnostic.get("file").getAsString());
        assertEquals(3, diagnostic.get("line").getAsInt());
        assertEquals(3, diagnostic.get("column").getAsInt());
        assertEquals("error", diagnostic.get("severity").getAsString());
        assertEquals("DS1002", diagnostic.get("code").getAsString());
        assertEquals(1, root.get("errors").getAsInt());
    }

    @Test
    void columnsCountCodePointsNotUtf16Units() throws IOException {
        // "𝒳" is one code point and two UTF-16 units: the column after it must count it once.
        Files.writeString(dir.resolve("s.dschema"), "table t {\n  \"𝒳\" text\n  \"𝒳\" text\n}\ntable 𝒳u { id integer primary key, x integer references 𝒳𝒳(id) }\n");
        CliRun run = CliRun.in(dir, "check");
        assertTrue(run.all().contains("s.dschema:5:57: error[DS1010]"), run.all());
    }

    @Test
    void aBadConfigNamesTheKeyAndExitsOne() throws IOException {
        Files.writeString(dir.resolve("schema.dschema"), "table t { id integer primary key }\n");
        Files.writeString(dir.resolve("dschema.json"), "{ \"schema\": \"./schema.dschema\", \"tableFilter\": [\"*\"] }");
        CliRun run = CliRun.in(dir, "check");
        assertEquals(1, run.exitCode());
        assertTrue(run.all().contains("dschema.json:1:"), run.all());
        assertTrue(run.all().contains("tableFilter"), run.all());
        assertTrue(run.all().contains("tablesFilter"), run.all());
    }

    @Test
    void noSchemaFilesIsAnErrorThatSaysWhatToDo() {
        CliRun run = CliRun.in(dir, "check");
        assertEquals(1, run.exitCode());
        assertTrue(run.all().contains("--schema"), run.all());
    }

    @Test
    void unknownFlagIsInvalidInput() {
        CliRun run = CliRun.in(dir, "check", "--bogus");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("--bogus"), run.err());
    }

    @Test
    void versionAndHelp() {
        CliRun version = CliRun.in(dir, "--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("dschema "), version.out());
        CliRun help = CliRun.in(dir, "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("check"), help.out());
    }

    @Test
    void severalFilesFormOneSchema() throws IOException {
        Files.createDirectories(dir.resolve("schema"));
        Files.writeString(dir.resolve("schema/users.dschema"), "table users {\n  id integer primary key\n}\n");
        Files.writeString(dir.resolve("schema/posts.dschema"),
                "table posts {\n  id integer primary key\n  author integer references users(id)\n}\n");
        CliRun run = CliRun.in(dir, "check", "--schema", "schema");
        assertEquals(0, run.exitCode(), run.all());
    }
}
