package io.dschema.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FmtCommandTest {

    @TempDir
    Path dir;

    private static final String MESSY = "TABLE users {\n  id INTEGER PRIMARY KEY\n  name TEXT NOT NULL; email text\n}\n";

    @Test
    void checkListsTheFileThenFmtRewritesItThenCheckPasses() throws IOException {
        Path file = dir.resolve("schema.dschema");
        Files.writeString(file, MESSY);

        CliRun before = CliRun.in(dir, "fmt", "--check", "schema.dschema");
        assertEquals(1, before.exitCode());
        assertTrue(before.out().contains("would reformat schema.dschema"), before.all());
        assertEquals(MESSY, Files.readString(file), "--check writes nothing");

        CliRun format = CliRun.in(dir, "fmt", "schema.dschema");
        assertEquals(0, format.exitCode(), format.all());
        String formatted = Files.readString(file);
        assertTrue(formatted.contains("table users {"), formatted);
        assertTrue(formatted.contains("  name  TEXT    not null\n"), formatted);

        CliRun after = CliRun.in(dir, "fmt", "--check", "schema.dschema");
        assertEquals(0, after.exitCode(), after.all());
        assertEquals("", after.all());
    }

    @Test
    void aFileWithSyntaxErrorsIsLeftUntouchedAndReported() throws IOException {
        Path file = dir.resolve("broken.dschema");
        String broken = "table t {\n  id integer primary key\n  name text 'oops\n}\n";
        Files.writeString(file, broken);
        CliRun run = CliRun.in(dir, "fmt", "broken.dschema");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("broken.dschema:3:13: error[DS0003]"), run.err());
        assertEquals(broken, Files.readString(file));
    }

    @Test
    void withoutPathsItFormatsTheConfiguredSchema() throws IOException {
        Files.writeString(dir.resolve("dschema.json"), "{ \"schema\": \"./db\" }");
        Files.createDirectories(dir.resolve("db"));
        Files.writeString(dir.resolve("db/a.dschema"), MESSY);
        CliRun run = CliRun.in(dir, "fmt", "--check");
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("would reformat " + Path.of("db", "a.dschema")), run.all());
    }

    @Test
    void aMissingPathIsInvalidInput() {
        CliRun run = CliRun.in(dir, "fmt", "nope.dschema");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("nope.dschema"), run.err());
    }

    /**
     * The "fmt --check passes on every testdata file": every schema under testdata is in the
     * canonical layout, except the cases whose layout is what they test (parser cases, formatter
     * inputs) and the cases that are broken on purpose.
     */
    @Test
    void everyTestdataSchemaIsFormatted() throws IOException {
        Path root = TestData.root();
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> p.toString().endsWith(".dschema"))
                    .filter(p -> !isExempt(root.relativize(p)) && parses(p))
                    .forEach(p -> files.add(p.toString()));
        }
        assertTrue(files.size() >= 5, "found " + files);
        List<String> args = new ArrayList<>(List.of("fmt", "--check"));
        args.addAll(files);
        CliRun run = CliRun.in(root, args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.all());
    }

    static boolean isExempt(Path relative) {
        String path = relative.toString().replace('\\', '/');
        return path.startsWith("parser/") || (path.startsWith("format/") && !path.endsWith(".formatted.dschema"));
    }

    /** Files with syntax errors are broken on purpose; fmt refuses them (tested above). */
    private static boolean parses(Path file) {
        try {
            return !io.dschema.grammar.Syntax.parseSchema(Files.readString(file)).hasErrors();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
