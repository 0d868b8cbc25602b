package io.dschema.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dschema.config.DatabaseUrl;
import io.dschema.config.TablesFilter;
import io.dschema.db.Database;
import io.dschema.db.Databases;
import io.dschema.diff.RenameAnswers;
import io.dschema.lower.LoweredSchema;
import io.dschema.lower.Lowering;
import io.dschema.lower.SourceFile;
import io.dschema.migrate.Push;
import io.dschema.migrate.PushPreview;
import io.dschema.sqlite.InspectOptions;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HoverTest {

    @TempDir
    Path temp;

    static final String SCHEMA = """
            /// People who can sign in.
            table users {
              id    integer primary key
              /// Shown on the profile.
              name  text not null
              score string
              email text unique collate nocase

              /// Finds people by name.
              index users_name on (name)
              check name_long (length(name) > 1)
            }
            table posts strict {
              id      integer primary key
              user_id integer references users(id) on delete cascade
            }
            """;

    /** The hover at the {@code $0} marker of {@code marked}, with no database. */
    static Optional<HoverInfo> hover(String marked) {
        return hover(marked, null);
    }

    static Optional<HoverInfo> hover(String marked, PushPreview preview) {
        int offset = marked.indexOf("$0");
        String text = marked.replace("$0", "");
        SchemaContext context = context(text, preview);
        return Hover.at(context, "schema.dschema", text.codePointCount(0, offset));
    }

    static SchemaContext context(String text, PushPreview preview) {
        List<SourceFile> files = List.of(new SourceFile("schema.dschema", text));
        return new SchemaContext(files, Lowering.lowerSchema(files), preview);
    }

    static String at(String word) {
        return SCHEMA.replaceFirst(java.util.regex.Pattern.quote(word), java.util.regex.Matcher.quoteReplacement(word.substring(0, 2) + "$0" + word.substring(2)));
    }

    @Test
    void tableShowsCreateTableAndDoc() {
        String markdown = hover(at("table users")).orElseThrow().markdown();
        assertTrue(markdown.contains("**table** `users`"), markdown);
        assertTrue(markdown.contains("People who can sign in."), markdown);
        assertTrue(markdown.contains("```sql\nCREATE TABLE \"users\" ("), markdown);
        assertTrue(markdown.contains("CREATE INDEX \"users_name\" ON \"users\" (\"name\");"), markdown);
    }

    @Test
    void columnShowsDefinitionAffinityAndDoc() {
        String markdown = hover(at("name  text not null")).orElseThrow().markdown();
        assertTrue(markdown.contains("```sql\n\"name\" text NOT NULL;\n```"), markdown);
        assertTrue(markdown.contains("TEXT affinity: the type contains TEXT"), markdown);
        assertTrue(markdown.contains("Shown on the profile."), markdown);
        assertFalse(markdown.contains("push"), markdown);
    }

    @Test
    void surprisingAffinitySaysWhy() {
        String markdown = hover(at("score string")).orElseThrow().markdown();
        assertTrue(markdown.contains("NUMERIC affinity: no other rule matches `string`"), markdown);
    }

    @Test
    void strictAnyAndMissingType() {
        assertTrue(hover("table t strict {\n  v an$0y\n}").orElseThrow().markdown().contains("BLOB affinity: `any` in a strict table"));
        assertTrue(hover("table t {\n  v$0\n}").orElseThrow().markdown().contains("BLOB affinity: the column has no type"));
    }

    @Test
    void columnUniqueShowsItsIndex() {
        String markdown = hover(at("email text")).orElseThrow().markdown();
        assertTrue(markdown.contains("\"email\" text COLLATE \"nocase\";"), markdown);
        assertTrue(markdown.contains("CREATE UNIQUE INDEX \"users_email_unique\" ON \"users\" (\"email\");"), markdown);
    }

    @Test
    void indexShowsCreateIndexAndDoc() {
        String markdown = hover(at("users_name on")).orElseThrow().markdown();
        assertTrue(markdown.contains("**index** `users_name` on `users`"), markdown);
        assertTrue(markdown.contains("CREATE INDEX \"users_name\" ON \"users\" (\"name\");"), markdown);
        assertTrue(markdown.contains("Finds people by name."), markdown);
    }

    @Test
    void checkAndForeignKeyAndReferencedTable() {
        assertTrue(hover(at("check name_long")).orElseThrow().markdown()
                .contains("CONSTRAINT \"name_long\" CHECK (length(name) > 1);"));
        String column = hover(at("user_id integer")).orElseThrow().markdown();
        assertTrue(column.contains("\"user_id\" integer REFERENCES \"users\"(\"id\") ON DELETE CASCADE;"), column);
        String referenced = hover(SCHEMA.replace("references users(", "references us$0ers(")).orElseThrow().markdown();
        assertTrue(referenced.startsWith("**table** `users`"), referenced);
    }

    @Test
    void nothingOnBlankLinesOrOutsideTheText() {
        assertTrue(hover("table t {\n  a text\n}\n\n$0\n").isEmpty());
        SchemaContext context = context(SCHEMA, null);
        assertTrue(Hover.at(context, "schema.dschema", -5).isEmpty());
        assertTrue(Hover.at(context, "schema.dschema", 100_000).isEmpty());
        assertTrue(Hover.at(context, "other.dschema", 20).isEmpty());
    }

    /** The preview of pushing {@code text} to a fresh database holding the users table with three rows. */
    private PushPreview preview(String text) throws Exception {
        Path file = temp.resolve("hover.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE users (id integer PRIMARY KEY, score text)");
            statement.execute("INSERT INTO users VALUES (1, '5'), (2, NULL), (3, NULL)");
        }
        LoweredSchema lowered = Lowering.lowerSchema(List.of(new SourceFile("schema.dschema", text)));
        try (Database database = Databases.open(new DatabaseUrl(DatabaseUrl.Kind.FILE, "file:" + file, file.toAbsolutePath()))) {
            return Push.preview(database, lowered.schema(), new InspectOptions(TablesFilter.ALL, "__drizzle_migrations"), RenameAnswers.NONE);
        }
    }

    @Test
    void addedIndexShowsTheStatementPushRuns() throws Exception {
        String marked = """
                table users {
                  id    integer primary key
                  score text
                  index by_sc$0ore on (score)
                }
                """;
        String markdown = hover(marked, preview(marked.replace("$0", ""))).orElseThrow().markdown();
        assertTrue(markdown.contains("**push: SAFE** (nothing stored changes): create index by_score on users"), markdown);
        assertTrue(markdown.contains("```sql\nCREATE INDEX \"by_score\" ON \"users\" (\"score\");\n```"), markdown);
    }

    @Test
    void changedColumnShowsRebuildNullsAndStatements() throws Exception {
        String marked = """
                table users {
                  id    integer primary key
                  sc$0ore integer not null default 0
                }
                """;
        PushPreview preview = preview(marked.replace("$0", ""));
        String markdown = hover(marked, preview).orElseThrow().markdown();
        assertTrue(markdown.contains("**push: CHANGES_VALUES**"), markdown);
        assertTrue(markdown.contains("rebuild table users (alter column score"), markdown);
        assertTrue(markdown.contains("- 3 rows in users will be copied"), markdown);
        assertTrue(markdown.contains("- 2 rows have NULL in users.score: set to the default 0"), markdown);
        assertTrue(markdown.contains("Rows in `users`: 3"), markdown);
        assertTrue(markdown.contains("CREATE TABLE \"__dschema_new_users\" ("), markdown);
        assertTrue(markdown.contains("DROP TABLE \"users\";"), markdown);
        assertTrue(markdown.contains("ALTER TABLE \"__dschema_new_users\" RENAME TO \"users\";"), markdown);
        // the column that does not change says nothing about push
        String id = hover(marked.replace("$0", "").replace("id    integer", "i$0d    integer"), preview).orElseThrow().markdown();
        assertFalse(id.contains("push:"), id);
        assertEquals(1, preview.steps().size());
    }
}
