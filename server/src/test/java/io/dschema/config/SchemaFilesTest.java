package io.dschema.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaFilesTest {

    @TempDir
    Path tmp;

    private SchemaResolution resolve(Project p, String... texts) {
        List<SchemaEntry> entries = java.util.Arrays.stream(texts)
                .map(t -> new SchemaEntry(t, p.root, new Origin(p.path("dschema.json"), "schema", 1, 1), false))
                .toList();
        return SchemaFiles.resolve(entries);
    }

    private Project tree() {
        Project p = new Project(tmp);
        p.write("db/users.dschema", "");
        p.write("db/auth/sessions.dschema", "");
        p.write("db/auth/notes.txt", "");
        p.write("db/.hidden/ghost.dschema", "");
        p.write("db/node_modules/dep.dschema", "");
        p.write("top.dschema", "");
        p.write("other/top.sql", "");
        return p;
    }

    @Test
    void aFileIsTakenAsNamedWhateverItsExtension() {
        Project p = tree();
        assertEquals(List.of(p.path("other/top.sql")), resolve(p, "./other/top.sql").files());
    }

    @Test
    void aFolderMeansItsSchemaFilesRecursivelySkippingHiddenAndNodeModules() {
        Project p = tree();
        assertEquals(List.of(p.path("db/auth/sessions.dschema"), p.path("db/users.dschema")),
                resolve(p, "db").files());
    }

    @Test
    void globsMatchWithinAndAcrossFolders() {
        Project p = tree();
        assertEquals(List.of(p.path("db/users.dschema")), resolve(p, "db/*.dschema").files());
        assertEquals(List.of(p.path("db/auth/sessions.dschema"), p.path("db/users.dschema")),
                resolve(p, "db/**/*.dschema").files(), "**/ matches no folder too");
        assertEquals(List.of(p.path("db/auth/sessions.dschema"), p.path("db/users.dschema"), p.path("top.dschema")),
                resolve(p, "**/*.dschema").files());
        assertEquals(List.of(p.path("db/users.dschema")), resolve(p, "./db/{users,nobody}.dschema").files());
        assertEquals(List.of(p.path("db/users.dschema")), resolve(p, "db/u?ers.dschema").files());
        assertEquals(List.of(p.path("db/auth/sessions.dschema")), resolve(p, "db/*/*").files(),
                "a glob keeps .dschema files only");
    }

    @Test
    void anAbsoluteGlobWorks() {
        Project p = tree();
        assertEquals(List.of(p.path("db/users.dschema")), resolve(p, p.root + "/db/*.dschema").files());
    }

    @Test
    void entriesAreMergedSortedWithoutDuplicates() {
        Project p = tree();
        SchemaResolution r = resolve(p, "top.dschema", "db", "db/users.dschema");
        assertEquals(List.of(p.path("db/auth/sessions.dschema"), p.path("db/users.dschema"), p.path("top.dschema")),
                r.files());
        assertTrue(r.problems().isEmpty());
    }

    @Test
    void eachEntryThatMatchesNothingIsOneProblem() {
        Project p = tree();
        SchemaResolution r = resolve(p, "missing.dschema", "db/*.nothing", "other", "top.dschema");
        assertEquals(List.of(p.path("top.dschema")), r.files());
        assertEquals(3, r.problems().size());
        assertTrue(r.problems().stream().allMatch(x -> x.code() == ConfigCode.SCHEMA_NOT_FOUND));
    }

    @Test
    void aBrokenCharacterClassDoesNotThrow() {
        Project p = tree();
        assertEquals(1, resolve(p, "db/[z-a].dschema").problems().size());
    }
}
