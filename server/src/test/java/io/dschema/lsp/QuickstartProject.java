package io.dschema.lsp;

import io.dschema.config.DatabaseUrl;
import io.dschema.db.Database;
import io.dschema.db.Databases;
import io.dschema.diff.RenameAnswers;
import io.dschema.lower.Lowering;
import io.dschema.lower.SourceFile;
import io.dschema.migrate.Push;
import io.dschema.migrate.PushPreview;
import io.dschema.model.Schema;
import io.dschema.sqlite.InspectOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A temp copy of testdata/quickstart whose local.db holds rows: the schema gains an {@code email
 * text} column, the database is pushed to it with the engine, and five users are inserted, three
 * of them without an email.
 */
final class QuickstartProject {

    static final String SCHEMA = """
            /// The users of the app (the table of drizzle-kit's SQLite quick start).
            table users {
              id    integer primary key
              name  text    not null
              email text

              index name_index on (name)
            }
            """;

    final Path root;
    final Path schema;
    final Path database;

    QuickstartProject(Path temp) throws Exception {
        root = temp.resolve("quickstart");
        Files.createDirectories(root);
        Path source = testdata().resolve("quickstart");
        Files.copy(source.resolve("dschema.json"), root.resolve("dschema.json"));
        schema = root.resolve("schema.dschema");
        Files.writeString(schema, SCHEMA);
        database = root.resolve("local.db");
        Schema target = Lowering.lowerSchema(List.of(new SourceFile("schema.dschema", SCHEMA))).schema();
        try (Database db = Databases.open(new DatabaseUrl(DatabaseUrl.Kind.FILE, "file:" + database, database))) {
            PushPreview preview = Push.preview(db, target, InspectOptions.DEFAULTS, RenameAnswers.NONE);
            Push.apply(db, preview, target, InspectOptions.DEFAULTS);
        }
        execute("INSERT INTO users (id, name, email) VALUES (1, 'ada', NULL), (2, 'grace', 'grace@example.com'),"
                + " (3, 'linus', NULL), (4, 'barbara', 'b@example.com'), (5, 'ken', NULL)");
    }

    static Path testdata() {
        String configured = System.getProperty("dschema.testdata");
        return configured == null || configured.isBlank() ? Path.of("..", "testdata") : Path.of(configured);
    }

    String uri() {
        return Uris.toUri(schema);
    }

    void execute(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Every row of {@code sql}, each as a list of its values as text. */
    List<List<String>> rows(String sql) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
