package io.dschema.lsp;

import com.google.gson.JsonObject;
import io.dschema.config.DatabaseUrl;
import io.dschema.db.Database;
import io.dschema.db.Databases;
import io.dschema.diff.RenameAnswers;
import io.dschema.lower.Lowering;
import io.dschema.lower.SourceFile;
import io.dschema.migrate.Push;
import io.dschema.model.Schema;
import io.dschema.sqlite.InspectOptions;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Seeded random edits of a testdata schema (with a database holding rows, so risk passes run when
 * an edit leaves the schema valid): every request is answered, no pass throws, and the server's
 * copy of the text is the client's.
 */
class RandomEditsTest {

    private static final List<String> PIECES = List.of("table ", "{", "}", "(", ")", "\n", " integer", " text", " not null",
            " references users(id)", "\uD83D\uDE00", "'", "\"", "`", "index i on (", "check (", " default 0", "/*", "*/",
            "//", "renamed from x", " unique", " primary key", "strict", ",", "é", "\r\n", "  x integer\n");

    @TempDir
    Path temp;

    @Test
    void hundredsOfRandomEditsAreAllAnswered() throws Exception {
        String original = Files.readString(QuickstartProject.testdata().resolve("format/language_example.dschema"));
        Path schema = temp.resolve("example.dschema");
        Files.writeString(schema, original);
        withRows(temp.resolve("local.db"), original);
        String uri = Uris.toUri(schema);
        Random random = new Random(20260504L);
        try (LspHarness lsp = LspHarness.start(temp)) {
            lsp.open(uri, original);
            String text = original;
            for (int i = 0; i < 400; i++) {
                int start = charBoundary(text, random.nextInt(text.length() + 1));
                int end = random.nextInt(3) == 0 ? charBoundary(text, Math.min(text.length(), start + random.nextInt(12))) : start;
                String inserted = random.nextInt(4) == 0 ? "" : PIECES.get(random.nextInt(PIECES.size()));
                Range range = new Range(position(text, start), position(text, end));
                lsp.edit(uri, range, inserted);
                text = text.substring(0, start) + inserted + text.substring(end);
                if (i % 10 == 0) {
                    CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri),
                            new Range(position(text, start), position(text, start)), new CodeActionContext(List.of()));
                    assertNotNull(lsp.remote.getTextDocumentService().codeAction(params).get(20, TimeUnit.SECONDS));
                }
                if (i % 50 == 0) {
                    JsonObject argument = new JsonObject();
                    argument.addProperty("uri", uri);
                    for (String command : List.of(Protocol.CHECK, Protocol.PREVIEW)) {
                        assertNotNull(lsp.remote.getWorkspaceService().executeCommand(
                                new ExecuteCommandParams(command, List.of(argument))).get(20, TimeUnit.SECONDS));
                    }
                }
                if (i % 25 == 0) {
                    Thread.sleep(30); // let a debounced pass run now and then, with the edits going on
                }
            }
            String expected = text;
            RecordingClient.await("the server's text", () -> lsp.server.documents.get(uri).map(Documents.Snapshot::text)
                    .orElse("").equals(expected));
            lsp.server.drain();
            Thread.sleep(100);
            lsp.server.drain();
            assertEquals(0, lsp.server.analysisFailures(), "no diagnostics pass threw");
            assertNotNull(lsp.client.diagnostics.get(uri), "diagnostics were published");
        }
    }

    private static void withRows(Path database, String schemaText) throws Exception {
        Schema target = Lowering.lowerSchema(List.of(new SourceFile("example.dschema", schemaText))).schema();
        try (Database db = Databases.open(new DatabaseUrl(DatabaseUrl.Kind.FILE, "file:" + database, database))) {
            Push.apply(db, Push.preview(db, target, InspectOptions.DEFAULTS, RenameAnswers.NONE), target, InspectOptions.DEFAULTS);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO teams (id, name) VALUES (1, 'core'), (2, 'docs')");
            statement.execute("INSERT INTO users (name, email, age, team_id) VALUES ('ada', 'a@x', 36, 1), ('bob', 'b@x', NULL, 2)");
        }
    }

    /** Never inside a surrogate pair or between \r and \n: a client would not send such a position. */
    private static int charBoundary(String text, int index) {
        if (index > 0 && index < text.length()
                && (Character.isLowSurrogate(text.charAt(index)) || text.charAt(index - 1) == '\r' && text.charAt(index) == '\n')) {
            return index - 1;
        }
        return index;
    }

    private static Position position(String text, int index) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, index - lineStart);
    }
}
