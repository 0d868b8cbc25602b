package io.dschema.sqlite;

import io.dschema.analysis.SchemaFixture;
import io.dschema.lower.Lowering;
import io.dschema.model.Column;
import io.dschema.model.ForeignKey;
import io.dschema.model.Schema;
import io.dschema.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What SqlRenderer writes, run by SQLite and read back into the model. */
class SqlRendererTest {

    @TempDir
    Path folder;

    private static final String SCHEMA = """
            table "odd ""name" strict {
              id       integer primary key desc
              "select" text    not null default 'it''s' collate nocase
              made     integer not null default (unixepoch())
              twice    integer as (id * 2) stored
              parent   integer references "odd ""name" (id) on delete set null on update cascade deferrable initially deferred
              check positive (id > 0)
              check (made > 0)
            }
            table pairs without rowid {
              a integer not null
              b text not null
              primary key (a, b desc)
              foreign key (a) references "odd ""name" (id)
            }
            """;

    @Test
    void createTableRoundTripsThroughSqlite() {
        Schema schema = SchemaFixture.schema(SCHEMA);
        try (TestDatabase db = new TestDatabase(folder)) {
            for (Table table : schema.tables()) {
                String sql = SqlRenderer.createTable(table, table.name());
                db.exec(sql);
                Table read = Lowering.lowerCreateTable(sql).value();
                assertEquals(table.columns().stream().map(Column::name).toList(), read.columns().stream().map(Column::name).toList());
                assertEquals(table.strict(), read.strict());
                assertEquals(table.withoutRowid(), read.withoutRowid());
                assertEquals(table.checks().size(), read.checks().size());
                assertEquals(table.foreignKeys().stream().map(SqlRendererTest::foreignKey).toList(),
                        read.foreignKeys().stream().map(SqlRendererTest::foreignKey).toList());
            }
            Table odd = db.table("odd \"name");
            Column select = odd.column("select").orElseThrow();
            assertEquals("nocase", select.collation());
            assertEquals("'it''s'", select.defaultValue().expression().sql());
            assertTrue(odd.column("twice").orElseThrow().generated().stored());
            db.exec("INSERT INTO \"odd \"\"name\" (id, \"select\") VALUES (3, 'x')");
            assertEquals(java.util.List.of(java.util.List.of(3, "x", 6)), db.rows("SELECT id, \"select\", twice FROM \"odd \"\"name\""));
        }
    }

    @Test
    void addColumnKeepsItsForeignKeyAndIndexesAreSeparate() {
        Schema schema = SchemaFixture.schema("table t {\n id integer primary key\n p integer references t(id) on delete cascade check (p > 0)\n email text unique\n}\n");
        Table t = schema.tables().get(0);
        assertEquals("ALTER TABLE \"t\" ADD COLUMN \"p\" integer CHECK (p > 0) REFERENCES \"t\"(\"id\") ON DELETE CASCADE",
                SqlRenderer.addColumn("t", t.column("p").orElseThrow(), t.foreignKeys().get(0), t.checks()));
        assertEquals("CREATE UNIQUE INDEX \"t_email_unique\" ON \"t\" (\"email\")", SqlRenderer.createIndex("t", t.indexes().get(0)));
    }

    private static String foreignKey(ForeignKey foreignKey) {
        return foreignKey.columns().stream().map(c -> c.name()).toList() + "->" + foreignKey.targetTable().name() + foreignKey.targetColumns().stream().map(c -> c.name()).toList()
                + foreignKey.onDelete() + foreignKey.onUpdate() + foreignKey.deferrable();
    }
}
