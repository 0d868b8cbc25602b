package io.dschema.sqlite;

import io.dschema.analysis.SchemaFixture;
import io.dschema.diff.DiffResult;
import io.dschema.diff.SchemaChange;
import io.dschema.model.Check;
import io.dschema.model.Column;
import io.dschema.model.ForeignKey;
import io.dschema.model.Index;
import io.dschema.model.Schema;
import io.dschema.model.SqlObject;
import io.dschema.model.Table;
import io.dschema.plan.Plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A baseline and a target lowered from .dschema text, and the changes between them listed by hand
 * (the differ is someone else's work): {@code fx.dropColumn("users", "name")} looks the objects up
 * in the schemas.
 */
final class DiffFixture {

    Schema before;
    final Schema after;
    final List<SchemaChange> changes = new ArrayList<>();

    DiffFixture(String before, String after) {
        this.before = SchemaFixture.schema(before);
        this.after = SchemaFixture.schema(after);
    }

    DiffFixture withBeforeObjects(List<SqlObject> views, List<SqlObject> triggers) {
        before = new Schema(before.tables(), views, triggers);
        return this;
    }

    Table beforeTable(String name) {
        return before.table(name).orElseThrow();
    }

    Table afterTable(String name) {
        return after.table(name).orElseThrow();
    }

    DiffFixture add(SchemaChange change) {
        changes.add(change);
        return this;
    }

    DiffFixture createTable(String table) {
        return add(new SchemaChange.CreateTable(afterTable(table)));
    }

    DiffFixture dropTable(String table) {
        return add(new SchemaChange.DropTable(beforeTable(table)));
    }

    DiffFixture renameTable(String from, String to) {
        return add(new SchemaChange.RenameTable(from, to));
    }

    DiffFixture renameColumn(String table, String from, String to) {
        return add(new SchemaChange.RenameColumn(table, from, to));
    }

    DiffFixture addColumn(String table, String column) {
        return add(new SchemaChange.AddColumn(table, afterTable(table).column(column).orElseThrow()));
    }

    /** {@code beforeTable} is the table's baseline name. */
    DiffFixture dropColumn(String table, String beforeTable, String column) {
        return add(new SchemaChange.DropColumn(table, beforeTable(beforeTable).column(column).orElseThrow()));
    }

    DiffFixture dropColumn(String table, String column) {
        return dropColumn(table, table, column);
    }

    DiffFixture alterColumn(String table, String beforeTable, String beforeColumn, String afterColumn, SchemaChange.ColumnAspect... aspects) {
        Column was = beforeTable(beforeTable).column(beforeColumn).orElseThrow();
        Column becomes = afterTable(table).column(afterColumn).orElseThrow();
        return add(new SchemaChange.AlterColumn(table, was, becomes, Set.of(aspects)));
    }

    DiffFixture alterColumn(String table, String column, SchemaChange.ColumnAspect... aspects) {
        return alterColumn(table, table, column, column, aspects);
    }

    DiffFixture createIndex(String table, String index) {
        return add(new SchemaChange.CreateIndex(table, index(afterTable(table), index)));
    }

    DiffFixture dropIndex(String table, String beforeTable, String index) {
        return add(new SchemaChange.DropIndex(table, index(beforeTable(beforeTable), index)));
    }

    DiffFixture addForeignKey(String table, int index) {
        ForeignKey foreignKey = afterTable(table).foreignKeys().get(index);
        return add(new SchemaChange.AddForeignKey(table, foreignKey));
    }

    DiffFixture dropForeignKey(String table, int index) {
        return add(new SchemaChange.DropForeignKey(table, beforeTable(table).foreignKeys().get(index)));
    }

    DiffFixture addCheck(String table, int index) {
        Check check = afterTable(table).checks().get(index);
        return add(new SchemaChange.AddCheck(table, check));
    }

    DiffFixture changePrimaryKey(String table) {
        return add(new SchemaChange.ChangePrimaryKey(table, beforeTable(table).primaryKey(), afterTable(table).primaryKey()));
    }

    DiffFixture changeOptions(String table) {
        Table was = beforeTable(table);
        Table becomes = afterTable(table);
        return add(new SchemaChange.ChangeTableOptions(table, was.strict(), becomes.strict(), was.withoutRowid(), becomes.withoutRowid()));
    }

    DiffResult diff() {
        return new DiffResult(before, after, changes, List.of(), List.of());
    }

    Plan plan(boolean canDisableForeignKeys) {
        return Planner.plan(diff(), new PlannerOptions(canDisableForeignKeys));
    }

    Plan plan() {
        return plan(true);
    }

    /** Creates the baseline's tables in the database (through the planner's own CREATE TABLE). */
    DiffFixture createBefore(TestDatabase database) throws java.sql.SQLException {
        List<SchemaChange> creates = new ArrayList<>();
        before.tables().forEach(table -> creates.add(new SchemaChange.CreateTable(table)));
        database.apply(Planner.plan(new DiffResult(Schema.ofTables(List.of()), Schema.ofTables(before.tables()), creates, List.of(), List.of()),
                new PlannerOptions(true)));
        return this;
    }

    private static Index index(Table table, String name) {
        return table.indexes().stream().filter(index -> index.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no index " + name + " in " + table.name()));
    }
}
