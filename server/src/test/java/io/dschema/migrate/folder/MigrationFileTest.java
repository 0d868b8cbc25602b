package io.dschema.migrate.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationFileTest {

    @Test
    void joinsAsDrizzleKitDoes() {
        String text = MigrationFile.join(List.of("CREATE TABLE `t` (\n\t`id` integer\n);", "CREATE INDEX `i` ON `t` (`id`);",
                "DROP TABLE `x`"), true);
        assertEquals("CREATE TABLE `t` (\n\t`id` integer\n);\n--> statement-breakpoint\nCREATE INDEX `i` ON `t` (`id`);"
                + "--> statement-breakpoint\nDROP TABLE `x`;", text);
    }

    @Test
    void splitsAndHashesAsDrizzleOrmDoes() {
        MigrationFile file = new MigrationFile(new JournalEntry(0, "6", 1, "0000_x", true), "A;--> statement-breakpoint\nB;");
        assertEquals(List.of("A;", "\nB;"), file.chunks());
        // sha256("A;--> statement-breakpoint\nB;")
        assertEquals(64, file.hash().length());
        assertEquals(file.hash(), new MigrationFile(file.entry(), "A;--> statement-breakpoint\nB;").hash());
    }

    @Test
    void journalRoundTripsByteForByte() {
        String text = "{\n  \"version\": \"7\",\n  \"dialect\": \"sqlite\",\n  \"entries\": [\n    {\n      \"idx\": 0,\n"
                + "      \"version\": \"6\",\n      \"when\": 1795628843819,\n      \"tag\": \"0000_init\",\n"
                + "      \"breakpoints\": true\n    }\n  ]\n}";
        List<String> problems = new ArrayList<>();
        Journal journal = Journal.parse(text, problems);
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals(text, journal.toJson());
    }

    @Test
    void journalProblemsNameTheEntryAndField() {
        List<String> problems = new ArrayList<>();
        Journal.parse("{\"version\":\"7\",\"dialect\":\"sqlite\",\"entries\":[{\"idx\":0,\"version\":\"6\",\"tag\":\"0000_a\","
                + "\"breakpoints\":true},{\"idx\":5,\"version\":\"6\",\"when\":2,\"tag\":\"0001_b\",\"breakpoints\":true}]}", problems);
        assertEquals(List.of("entry 0: \"when\" must be a number", "entry 1 (0001_b): idx is 5, expected 1"), problems);
        List<String> notJson = new ArrayList<>();
        assertNull(Journal.parse("{", notJson));
        assertTrue(notJson.get(0).startsWith("not valid JSON"));
    }
}
