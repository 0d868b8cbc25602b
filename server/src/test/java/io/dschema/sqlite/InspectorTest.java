package io.dschema.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dschema.config.TablesFilter;
import io.dschema.db.DatabaseException;
import io.dschema.db.Queries;
import io.dschema.db.Row;
import io.dschema.db.SqliteDatabase;
import io.dschema.model.Column;
import io.dschema.model.ForeignKey;
import io.dschema.model.Index;
import io.dschema.model.NameRef;
import io.dschema.model.Schema;
import io.dschema.model.SortOrder;
import io.dschema.model.SqlObject;
import io.dschema.model.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectorTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("local.db");
    }

    /** Runs the statements on the temp file, as another tool (drizzle-kit, sqlite3) would have. */
    private void create(String... statements) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file());
             java.sql.Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private Inspection inspect(InspectOptions options, String... statements) throws Exception {
        create(statements);
        try (SqliteDatabase db = new SqliteDatabase(file())) {
            return Inspector.inspect(db, options);
        }
    }

    private Schema schema(String... statements) throws Exception {
        Inspection inspection = inspect(InspectOptions.DEFAULTS, statements);
        assertEquals(List.of(), inspection.problems());
        return inspection.schema();
    }

    private static List<String> tableNames(Schema schema) {
        return schema.tables().stream().map(Table::name).toList();
    }

    private static Table table(Schema schema, String name) {
        return schema.table(name).orElseThrow(() -> new AssertionError("no table " + name + " in " + tableNames(schema)));
    }

    private static Column column(Table table, String name) {
        return table.column(name).orElseThrow(() -> new AssertionError("no column " + name + " in " + table.name()));
    }

    private static Index index(Table table, String name) {
        return table.indexes().stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no index " + name + " in " + indexNames(table)));
    }

    private static List<String> indexNames(Table table) {
        return table.indexes().stream().map(Index::name).toList();
    }

    private static List<String> names(List<NameRef> refs) {
        return refs.stream().map(NameRef::name).toList();
    }

    @Test
    void drizzleKitStyleSql() throws Exception {
        Schema schema = schema(
                "CREATE TABLE `users` (\n\t`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,\n\t`name` text NOT NULL,\n"
                        + "\t`email` text NOT NULL,\n\t`team_id` integer, -- which team\n"
                        + "\t`created_at` integer DEFAULT (unixepoch()) NOT NULL,\n"
                        + "\t`bio` text   DEFAULT \"hello\" /* a double-quoted string */,\n"
                        + "\tFOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade\n)",
                "CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`)",
                "CREATE INDEX `name_idx` ON `users` (`name`)",
                "CREATE TABLE `teams` (\n\t`id` integer PRIMARY KEY NOT NULL,\n\t`name` text\n)",
                "CREATE TABLE `__drizzle_migrations` (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)",
                "INSERT INTO users (name, email) VALUES ('a', 'a@example.com')");
        assertEquals(List.of("users", "teams"), tableNames(schema), "sqlite_sequence and the migrations table are left out");
        Table users = table(schema, "users");
        assertEquals(List.of("id", "name", "email", "team_id", "created_at", "bio"), users.columns().stream().map(Column::name).toList());
        assertEquals("integer", column(users, "id").type());
        assertTrue(users.primaryKey().autoincrement());
        assertEquals("id", users.rowidAlias().orElseThrow().name());
        assertTrue(column(users, "name").notNull());
        assertFalse(column(users, "team_id").notNull());
        assertTrue(column(users, "created_at").defaultValue().parenthesized());
        assertEquals("unixepoch()", column(users, "created_at").defaultValue().expression().sql());
        assertEquals("'hello'", column(users, "bio").defaultValue().expression().sql(), "SQLite read \"hello\" as a string");
        ForeignKey fk = users.foreignKeys().get(0);
        assertEquals(List.of("team_id"), names(fk.columns()));
        assertEquals("teams", fk.targetTable().name());
        assertEquals(ForeignKey.Action.CASCADE, fk.onDelete());
        assertEquals(ForeignKey.Action.NO_ACTION, fk.onUpdate());
        assertEquals(List.of("users_email_unique", "name_idx"), indexNames(users));
        assertTrue(index(users, "users_email_unique").unique());
        assertFalse(index(users, "name_idx").unique());
        assertTrue(table(schema, "teams").indexes().isEmpty());
    }

    @Test
    void keysOptionsGeneratedColumnsChecksAndCollations() throws Exception {
        Schema schema = schema(
                "CREATE TABLE  \"memberships\"  ( user_id INTEGER NOT NULL /* who */, team_id INTEGER NOT NULL,\n"
                        + "  role TEXT NOT NULL DEFAULT 'member' COLLATE NOCASE,\n  PRIMARY KEY (user_id, team_id),\n"
                        + "  FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,\n"
                        + "  FOREIGN KEY (team_id) REFERENCES teams ON UPDATE SET NULL,\n"
                        + "  CONSTRAINT role_known CHECK (role IN ('member', 'owner')),\n  CHECK (user_id > 0)\n) WITHOUT ROWID",
                "CREATE TABLE typed (id INTEGER PRIMARY KEY, price REAL NOT NULL, total REAL AS (price * 2) STORED,"
                        + " label TEXT GENERATED ALWAYS AS ('#' || id) VIRTUAL, code TEXT UNIQUE, a INT, b INT, UNIQUE (a, b)) STRICT",
                "CREATE UNIQUE INDEX typed_lower_code ON typed (lower(code) COLLATE NOCASE DESC) WHERE code IS NOT NULL",
                "CREATE TABLE keyed (code TEXT PRIMARY KEY, v)");
        Table memberships = table(schema, "memberships");
        assertTrue(memberships.withoutRowid());
        assertFalse(memberships.strict());
        assertEquals(List.of("user_id", "team_id"), memberships.primaryKey().columns().stream().map(p -> p.column().name()).toList());
        assertFalse(memberships.primaryKey().columnLevel());
        assertEquals("NOCASE", column(memberships, "role").collation());
        assertEquals("'member'", column(memberships, "role").defaultValue().expression().sql());
        assertEquals(ForeignKey.Deferrable.DEFERRABLE_INITIALLY_DEFERRED, memberships.foreignKeys().get(0).deferrable());
        assertEquals(ForeignKey.Action.SET_NULL, memberships.foreignKeys().get(1).onUpdate());
        assertEquals(List.of(), memberships.foreignKeys().get(1).targetColumns(), "no columns: the target's primary key");
        assertEquals("role_known", memberships.checks().get(0).name());
        assertNull(memberships.checks().get(1).name());
        assertEquals("user_id > 0", memberships.checks().get(1).expression().sql());
        assertTrue(memberships.indexes().isEmpty(), "the primary key's autoindex is not an index");

        Table typed = table(schema, "typed");
        assertTrue(typed.strict());
        assertTrue(column(typed, "total").generated().stored());
        assertEquals("price * 2", column(typed, "total").generated().expression().sql());
        assertFalse(column(typed, "label").generated().stored());
        assertEquals(List.of("typed_code_unique", "typed_a_b_unique", "typed_lower_code"), indexNames(typed));
        assertEquals(Index.Origin.COLUMN_UNIQUE, index(typed, "typed_code_unique").origin());
        assertEquals(Index.Origin.TABLE_UNIQUE, index(typed, "typed_a_b_unique").origin());
        Index expression = index(typed, "typed_lower_code");
        assertTrue(expression.unique());
        assertEquals("lower(code)", expression.parts().get(0).expression().sql());
        assertEquals("NOCASE", expression.parts().get(0).collation());
        assertEquals(SortOrder.DESC, expression.parts().get(0).order());
        assertEquals("code IS NOT NULL", expression.where().sql());

        Table keyed = table(schema, "keyed");
        assertTrue(keyed.rowidAlias().isEmpty());
        assertTrue(keyed.indexes().isEmpty(), "a text primary key's sqlite_autoindex is not an index");
        assertNull(column(keyed, "v").type());
    }

    @Test
    void oneUniqueIndexPerInlineConstraint() throws Exception {
        Schema schema = schema("CREATE TABLE t (a TEXT UNIQUE, b TEXT, UNIQUE (a), UNIQUE (b, a), CONSTRAINT named UNIQUE (b))");
        assertEquals(List.of("t_a_unique", "t_b_a_unique", "t_b_unique"), indexNames(table(schema, "t")));
        try (SqliteDatabase db = new SqliteDatabase(file())) {
            assertEquals(3, db.count("SELECT count(*) FROM sqlite_master WHERE name LIKE 'sqlite_autoindex_t_%'"),
                    "SQLite keeps one autoindex for a UNIQUE and UNIQUE(a) too");
        }
    }

    @Test
    void anIndexNamedLikeAUniqueConstraintIsOneIndexAndAProblem() throws Exception {
        Inspection inspection = inspect(InspectOptions.DEFAULTS, "CREATE TABLE users (email TEXT UNIQUE)",
                "CREATE INDEX users_email_unique ON users (email)");
        assertEquals(List.of("users_email_unique"), indexNames(table(inspection.schema(), "users")));
        assertFalse(index(table(inspection.schema(), "users"), "users_email_unique").unique());
        assertEquals("users_email_unique", inspection.problems().get(0).object());
    }

    @Test
    void alteredTablesReadAsTheyAreNow() throws Exception {
        Schema schema = schema(
                "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)",
                "ALTER TABLE notes ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0",
                "ALTER TABLE notes ADD COLUMN title   TEXT COLLATE RTRIM",
                "ALTER TABLE notes RENAME COLUMN body TO text",
                "CREATE TABLE old_name (x)",
                "ALTER TABLE old_name RENAME TO new_name");
        Table notes = table(schema, "notes");
        assertEquals(List.of("id", "text", "pinned", "title"), notes.columns().stream().map(Column::name).toList());
        assertTrue(column(notes, "pinned").notNull());
        assertEquals("0", column(notes, "pinned").defaultValue().expression().sql());
        assertEquals("RTRIM", column(notes, "title").collation());
        assertEquals(List.of("notes", "new_name"), tableNames(schema));
    }

    @Test
    void viewsTriggersVirtualAndFilteredTables() throws Exception {
        Inspection inspection = inspect(new InspectOptions(new TablesFilter(List.of("*", "!legacy_*")), null),
                "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)",
                "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT, user_id INTEGER REFERENCES users(id))",
                "CREATE VIEW \"active users\" AS SELECT id, name FROM [users] -- not notes\n WHERE name <> 'notes' /* teams */",
                "CREATE TRIGGER notes_touch AFTER UPDATE ON notes BEGIN UPDATE notes SET body = body WHERE id = NEW.id; END",
                "CREATE TRIGGER view_insert INSTEAD OF INSERT ON \"active users\" BEGIN INSERT INTO `users` (name) VALUES (NEW.name); END",
                "CREATE VIRTUAL TABLE notes_fts USING fts5(body, content='notes')",
                "CREATE TABLE legacy_things (x)",
                "CREATE INDEX legacy_idx ON legacy_things (x)",
                "CREATE TRIGGER legacy_trg AFTER INSERT ON legacy_things BEGIN SELECT 1; END",
                "CREATE TABLE _cf_KV (k, v)",
                "CREATE TABLE libsql_wasm_func_table (name)",
                "CREATE TABLE _litestream_seq (id, seq)",
                "CREATE TABLE __drizzle_migrations (id, hash)",
                "INSERT INTO users (name) VALUES ('a')",
                "ANALYZE");
        assertEquals(List.of(), inspection.problems());
        Schema schema = inspection.schema();
        assertEquals(List.of("users", "notes"), tableNames(schema));
        assertEquals(List.of("active users"), schema.views().stream().map(SqlObject::name).toList());
        SqlObject view = schema.views().get(0);
        assertEquals(SqlObject.Kind.VIEW, view.kind());
        assertEquals(List.of("users"), view.dependsOn(), "strings and comments are not names");
        assertTrue(view.sql().startsWith("CREATE VIEW \"active users\""));
        assertEquals(List.of("notes_touch", "view_insert"), schema.triggers().stream().map(SqlObject::name).toList());
        assertEquals("notes", schema.triggers().get(0).tableName());
        assertEquals(List.of("notes"), schema.triggers().get(0).dependsOn());
        assertEquals(List.of("users"), schema.triggers().get(1).dependsOn());
        assertEquals("active users", schema.triggers().get(1).tableName());
    }

    @Test
    void shadowTablesAreKnownByTheirPrefixWithoutTableList() throws Exception {
        create("CREATE TABLE docs (id INTEGER PRIMARY KEY, body TEXT)",
                "CREATE VIRTUAL TABLE docs_fts USING fts5(body)",
                "CREATE VIRTUAL TABLE places USING rtree(id, minX, maxX)");
        try (SqliteDatabase db = new SqliteDatabase(file())) {
            Queries oldSqlite = rewriting(db, sql -> sql.contains("pragma_table_list") ? null : sql, rows -> rows);
            Inspection inspection = Inspector.inspect(oldSqlite, InspectOptions.DEFAULTS);
            assertEquals(List.of("docs"), tableNames(inspection.schema()));
        }
    }

    @Test
    void aCreateTableThatCannotBeReadIsLeftOutWithAProblem() throws Exception {
        create("CREATE TABLE good (x)", "CREATE TABLE odd (y)", "CREATE INDEX odd_y ON odd (y)");
        try (SqliteDatabase db = new SqliteDatabase(file())) {
            Queries garbled = rewriting(db, sql -> sql, rows -> rows.stream()
                    .map(row -> "odd".equals(row.string("name")) ? withSql(row, "CREATE TABLE odd (y,,, )") : row).toList());
            Inspection inspection = Inspector.inspect(garbled, InspectOptions.DEFAULTS);
            assertEquals(List.of("good"), tableNames(inspection.schema()));
            assertEquals(1, inspection.problems().size());
            InspectionProblem problem = inspection.problems().get(0);
            assertEquals("odd", problem.object());
            assertTrue(problem.message().contains("table odd") && problem.message().contains("left out"), problem.message());
        }
    }

    @Test
    void columnsThatDisagreeWithSqliteAreAProblem() throws Exception {
        create("CREATE TABLE t (a, b AS (a + 1) STORED)");
        try (SqliteDatabase db = new SqliteDatabase(file())) {
            Queries wrong = rewriting(db, sql -> sql, rows -> rows.stream()
                    .map(row -> "t".equals(row.string("name")) ? withSql(row, "CREATE TABLE t (a, b)") : row).toList());
            Inspection inspection = Inspector.inspect(wrong, InspectOptions.DEFAULTS);
            assertEquals(List.of(), inspection.schema().tables());
            assertTrue(inspection.problems().get(0).message().contains("b (generated, stored)"), inspection.problems().toString());
        }
    }

    @Test
    void aMissingDatabaseIsAnEmptySchemaAndStaysMissing() throws Exception {
        try (SqliteDatabase db = new SqliteDatabase(file())) {
            Inspection inspection = Inspector.inspect(db, InspectOptions.DEFAULTS);
            assertEquals(List.of(), inspection.schema().tables());
            assertEquals(List.of(), inspection.problems());
        }
        assertFalse(Files.exists(file()));
    }

    @Test
    void tablesComeInCreationOrder() throws Exception {
        Schema schema = schema("CREATE TABLE zeta (x)", "CREATE TABLE alpha (x)", "CREATE TABLE Mid (x)");
        assertEquals(List.of("zeta", "alpha", "Mid"), tableNames(schema));
    }

    // ------------------------------------------------------------------ helpers for odd databases

    /** A view of {@code db} where some queries fail (rewrite to null) and sqlite_master rows are replaced. */
    private static Queries rewriting(Queries db, UnaryOperator<String> sql, UnaryOperator<List<Row>> masterRows) {
        return (text, parameters) -> {
            String rewritten = sql.apply(text);
            if (rewritten == null) {
                throw new DatabaseException(DatabaseException.Kind.STATEMENT, "no such table: " + text, text, null);
            }
            List<Row> rows = db.query(rewritten, parameters);
            return text.contains("FROM sqlite_master") ? masterRows.apply(rows) : rows;
        };
    }

    private static Row withSql(Row row, String sql) {
        List<Object> values = new ArrayList<>(row.values());
        values.set(row.columns().indexOf("sql"), sql);
        return new Row(row.columns(), values);
    }
}
