package io.dschema.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.db.SqliteDatabase;
import io.dschema.lower.LoweredSchema;
import io.dschema.lower.Lowering;
import io.dschema.lower.ModelDump;
import io.dschema.lower.SourceFile;
import io.dschema.model.Column;
import io.dschema.model.Index;
import io.dschema.model.Schema;
import io.dschema.model.Table;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The differ compares a lowered .dschema file with an inspected database: the same tables written
 * both ways (the SQL by hand, as SQLite's own CREATE statements) must give the same model, save
 * for source positions and doc comments.
 */
class InspectorAgreesWithLoweringTest {

    private static final String SCHEMA = """
            table teams strict {
              id   integer primary key
              name text not null
            }

            /// People who can sign in.
            table users {
              id         integer primary key autoincrement
              /// Shown on the profile.
              name       text    not null
              email      text    not null unique collate nocase
              age        integer check (age >= 0)
              bio        text    default 'hello'
              created_at integer not null default (unixepoch())
              team_id    integer references teams(id) on delete cascade
              position   integer not null default 0
              balance    real    default -1.5

              index name_index on (name desc)
              unique index users_email_lower on (lower(email)) where email is not null
              check age_sane (age < 200)
            }

            table memberships without rowid {
              user_id integer not null
              team_id integer not null
              role    text    not null default 'member'
              score   real    as (user_id * 2) stored
              label   text    generated always as ('#' || role)
              primary key (user_id, team_id)
              unique (role, score)
              foreign key (user_id) references users(id) on delete cascade deferrable initially deferred
              foreign key (team_id) references teams(id) on update set null
            }
            """;

    private static final List<String> SQL = List.of(
            "CREATE TABLE teams (id integer PRIMARY KEY, name text NOT NULL) STRICT",
            """
            CREATE TABLE "users" (
              id integer PRIMARY KEY AUTOINCREMENT,
              name text NOT NULL,
              email text NOT NULL UNIQUE COLLATE nocase,
              age integer CHECK (age >= 0),
              bio text DEFAULT 'hello',
              created_at integer NOT NULL DEFAULT (unixepoch()),
              team_id integer REFERENCES teams(id) ON DELETE CASCADE,
              position integer NOT NULL DEFAULT 0,
              balance real DEFAULT -1.5,
              CONSTRAINT age_sane CHECK (age < 200)
            )""",
            "CREATE INDEX name_index ON users (name DESC)",
            "CREATE UNIQUE INDEX users_email_lower ON users (lower(email)) WHERE email is not null",
            """
            CREATE TABLE memberships (
              `user_id` integer not null,
              [team_id] integer not null,
              role text not null default 'member',
              score real as (user_id * 2) stored,
              label text generated always as ('#' || role),
              primary key (user_id, team_id),
              unique (role, score),
              foreign key (user_id) references users(id) on delete cascade deferrable initially deferred,
              foreign key (team_id) references teams(id) on update set null
            ) WITHOUT ROWID""");

    @TempDir
    Path dir;

    @Test
    void aSchemaAndTheSameTablesInSqliteGiveTheSameModel() throws Exception {
        LoweredSchema lowered = Lowering.lowerSchema(List.of(new SourceFile("schema.dschema", SCHEMA)));
        assertEquals(List.of(), lowered.diagnostics());

        Path file = dir.resolve("local.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement statement = connection.createStatement()) {
            for (String sql : SQL) {
                statement.execute(sql);
            }
        }
        Inspection inspection;
        try (SqliteDatabase db = new SqliteDatabase(file)) {
            inspection = Inspector.inspect(db, InspectOptions.DEFAULTS);
        }
        assertEquals(List.of(), inspection.problems());
        assertEquals(facts(lowered.schema()), facts(inspection.schema()));
    }

    /** What a table means, ignoring where it was written and its doc comments. */
    private static String facts(Schema schema) {
        return ModelDump.meaning(Schema.ofTables(schema.tables().stream().map(InspectorAgreesWithLoweringTest::withoutDocs).toList()));
    }

    private static Table withoutDocs(Table t) {
        List<Column> columns = t.columns().stream().map(c -> new Column(c.name(), c.type(), c.nullability(), c.defaultValue(),
                c.collation(), c.generated(), c.renamedFrom(), null, c.range(), c.nameRange(), c.typeRange())).toList();
        List<Index> indexes = t.indexes().stream().map(i -> new Index(i.name(), i.unique(), i.parts(), i.where(), i.origin(),
                null, i.range(), i.nameRange())).toList();
        return new Table(t.name(), t.strict(), t.withoutRowid(), t.renamedFrom(), columns, t.primaryKey(), indexes,
                t.foreignKeys(), t.checks(), null, t.range(), t.nameRange());
    }
}
