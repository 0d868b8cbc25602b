package io.dschema.sqlite;

import io.dschema.diff.DiffResult;
import io.dschema.diff.SchemaChange;
import io.dschema.model.Check;
import io.dschema.model.Column;
import io.dschema.model.ForeignKey;
import io.dschema.model.Index;
import io.dschema.model.IndexPart;
import io.dschema.model.NameRef;
import io.dschema.model.Names;
import io.dschema.model.PrimaryKey;
import io.dschema.model.Table;
import io.dschema.plan.Guard;
import io.dschema.plan.Hazard;
import io.dschema.plan.Plan;
import io.dschema.plan.RiskKind;
import io.dschema.plan.Step;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a diff into a {@link Plan}: ALTER where SQLite allows it, one 12-step rebuild per table
 * where it does not. Pure and deterministic: the same diff and options give the same plan, byte
 * for byte.
 *
 * <p>Step order: table renames, column renames, index drops, table drops (referencing tables
 * first), table creations (with their indexes), then table by table in target order either one
 * rebuild or its column drops and adds in place, and last the new indexes of tables changed in
 * place. After the renames every statement uses the target's names; hazard counts, which run
 * before the plan, use the baseline's.
 */
public final class Planner {

    private final DiffResult diff;
    private final PlannerOptions options;
    /** Existing tables (before and after), by folded target name, in target order. */
    private final Map<String, TableDiff> existing = new LinkedHashMap<>();
    /** The folded names of the tables the plan creates (they start empty). */
    private final java.util.Set<String> createdTables = new java.util.HashSet<>();
    /** The same, by folded baseline name. */
    private final Map<String, TableDiff> existingByBeforeName = new HashMap<>();
    /** Table renames: folded target name to baseline name. */
    private final Map<String, String> tableRenamedFrom = new HashMap<>();
    /** The tables as the database holds them while the plan runs, updated step by step. */
    private final List<Table> current = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    /** The baseline names of the tables rebuilt so far: their views get guards. */
    private final List<String> rebuiltBaselineNames = new ArrayList<>();
    private final HazardFinder hazards;

    private Planner(DiffResult diff, PlannerOptions options) {
        this.diff = diff;
        this.options = options;
        Map<String, List<SchemaChange>> byTable = new HashMap<>();
        for (SchemaChange change : diff.changes()) {
            if (change instanceof SchemaChange.RenameTable rename) {
                tableRenamedFrom.put(Names.fold(rename.to()), rename.from());
            }
            byTable.computeIfAbsent(Names.fold(change.table()), key -> new ArrayList<>()).add(change);
        }
        Map<String, Table> beforeTables = new HashMap<>();
        diff.before().tables().forEach(table -> beforeTables.putIfAbsent(Names.fold(table.name()), table));
        diff.changes().stream().filter(change -> change instanceof SchemaChange.CreateTable)
                .forEach(change -> createdTables.add(Names.fold(change.table())));
        for (Table after : diff.after().tables()) {
            Table before = beforeTables.get(Names.fold(beforeName(after.name())));
            if (before != null && !createdTables.contains(Names.fold(after.name()))) {
                TableDiff table = new TableDiff(before, after, byTable.getOrDefault(Names.fold(after.name()), List.of()));
                existing.put(Names.fold(after.name()), table);
                existingByBeforeName.put(Names.fold(table.beforeName()), table);
            }
        }
        this.hazards = new HazardFinder(existing);
        for (Table before : diff.before().tables()) {
            current.add(renamed(before));
        }
    }

    public static Plan plan(DiffResult diff, PlannerOptions options) {
        return new Planner(diff, options).build();
    }

    private Plan build() {
        for (SchemaChange change : diff.changes()) {
            if (change instanceof SchemaChange.RenameTable rename) {
                steps.add(new Step(rename.to(), "rename table " + rename.from() + " to " + rename.to(), RiskKind.SAFE, List.of(),
                        List.of(SqlRenderer.renameTable(rename.from(), rename.to()))));
            }
        }
        for (TableDiff table : existing.values()) {
            for (SchemaChange.RenameColumn rename : table.of(SchemaChange.RenameColumn.class)) {
                steps.add(new Step(table.name(), "rename column " + table.name() + "." + rename.from() + " to " + rename.to(), RiskKind.SAFE,
                        List.of(), List.of(SqlRenderer.renameColumn(table.name(), rename.from(), rename.to()))));
            }
        }
        Map<String, Boolean> rebuilt = new HashMap<>();
        for (TableDiff table : existing.values()) {
            rebuilt.put(Names.fold(table.name()), hasStructuralChanges(table) && AlterRules.needsRebuild(table, diff.before())
                    || AlterRules.dropsConstraintIndex(table));
        }
        for (TableDiff table : existing.values()) {
            if (!rebuilt.get(Names.fold(table.name()))) {
                for (SchemaChange.DropIndex drop : table.of(SchemaChange.DropIndex.class)) {
                    steps.add(new Step(table.name(), "drop index " + drop.index().name(), RiskKind.SAFE, List.of(),
                            List.of(SqlRenderer.dropIndex(drop.index().name()))));
                }
            }
        }
        boolean dropsOrRebuilds = rebuilt.containsValue(true);
        for (Table dropped : dropOrder()) {
            dropsOrRebuilds = true;
            List<String> statements = new ArrayList<>();
            if (!options.canDisableForeignKeys()) {
                statements.addAll(SelfReference.pointHome(dropped));   // else its RESTRICT self-reference refuses the DROP
            }
            statements.add(SqlRenderer.dropTable(dropped.name()));
            steps.add(new Step(dropped.name(), "drop table " + dropped.name(), RiskKind.SAFE, List.of(HazardFinder.droppedTable(dropped)),
                    statements));
            current.removeIf(table -> Names.same(table.name(), dropped.name()));
        }
        for (SchemaChange change : diff.changes()) {
            if (change instanceof SchemaChange.CreateTable create) {
                List<String> statements = new ArrayList<>();
                statements.add(SqlRenderer.createTable(create.created(), create.created().name()));
                create.created().indexes().forEach(index -> statements.add(SqlRenderer.createIndex(create.created().name(), index)));
                steps.add(new Step(create.table(), "create table " + create.table(), RiskKind.SAFE, List.of(), statements));
                current.add(create.created());
            }
        }
        for (TableDiff table : existing.values()) {
            if (rebuilt.get(Names.fold(table.name()))) {
                rebuild(table);
            } else {
                alterInPlace(table);
            }
        }
        for (TableDiff table : existing.values()) {
            if (!rebuilt.get(Names.fold(table.name()))) {
                for (SchemaChange.CreateIndex create : table.of(SchemaChange.CreateIndex.class)) {
                    steps.add(new Step(table.name(), "create index " + create.index().name() + " on " + table.name(), RiskKind.SAFE,
                            hazards.createdIndex(table, create.index()), List.of(SqlRenderer.createIndex(table.name(), create.index()))));
                }
            }
        }
        if (steps.isEmpty()) {
            return Plan.EMPTY;
        }
        boolean offForeignKeys = options.canDisableForeignKeys() && dropsOrRebuilds;
        List<ForeignKeyGuards.Guarded> guarded = guardedTables();
        List<Guard> guards = new ArrayList<>(DependentObjects.viewGuards(diff.before(), rebuiltBaselineNames));
        if (!guarded.isEmpty()) {
            guards.addAll(ForeignKeyGuards.guards(guarded));
        }
        List<String> setup = new ArrayList<>();
        if (!options.canDisableForeignKeys() && !rebuiltBaselineNames.isEmpty()) {
            setup.addAll(OutsideChildrenCheck.statements(rebuiltBaselineNames, diff.before().tables().stream().map(Table::name).toList()));
        }
        if (!guarded.isEmpty()) {
            setup.addAll(ForeignKeyGuards.setup(guarded));
        }
        return new Plan(
                offForeignKeys ? List.of("PRAGMA foreign_keys=OFF") : List.of(),
                setup,
                steps,
                guards,
                offForeignKeys ? List.of("PRAGMA foreign_keys=ON") : List.of());
    }

    private static boolean hasStructuralChanges(TableDiff table) {
        return table.changes.stream().anyMatch(change -> !(change instanceof SchemaChange.RenameTable)
                && !(change instanceof SchemaChange.RenameColumn) && !(change instanceof SchemaChange.CreateIndex)
                && !(change instanceof SchemaChange.DropIndex));
    }

    private void rebuild(TableDiff table) {
        Table shape = currentTable(table.name());
        // A table this plan creates is empty, and may reference the parent's new key (which the
        // parent does not have yet): keeping its rows aside would only fail with "foreign key mismatch".
        List<Table> kept = current.stream().filter(other -> !createdTables.contains(Names.fold(other.name()))).toList();
        List<String> statements = TableRebuild.statements(table, shape, kept, diff.before(), this::beforeName, options,
                PlanRenames.of(diff.changes(), this::beforeName));
        rebuiltBaselineNames.add(table.beforeName());
        List<Hazard> found = new ArrayList<>();
        found.add(HazardFinder.rowsCopied(table));
        found.addAll(hazards.of(table));
        steps.add(new Step(table.name(), "rebuild table " + table.name() + " (" + String.join(", ", describe(table)) + ")",
                RiskKind.REBUILD, found, statements));
        replaceCurrent(table.after);
    }

    private void alterInPlace(TableDiff table) {
        for (SchemaChange.DropColumn drop : table.of(SchemaChange.DropColumn.class)) {
            steps.add(new Step(table.name(), "drop column " + table.name() + "." + drop.column().name(), RiskKind.SAFE,
                    List.of(HazardFinder.droppedColumn(table, drop.column())), List.of(SqlRenderer.dropColumn(table.name(), drop.column().name()))));
        }
        for (SchemaChange.AddColumn add : table.of(SchemaChange.AddColumn.class)) {
            Column column = add.column();
            ForeignKey foreignKey = table.after.foreignKeys().stream()
                    .filter(fk -> fk.columns().size() == 1 && fk.columns().get(0).is(column.name())).findFirst().orElse(null);
            List<Check> checks = table.after.checks().stream().filter(c -> c.column() != null && Names.same(c.column(), column.name())).toList();
            steps.add(new Step(table.name(), "add column " + table.name() + "." + column.name(), RiskKind.SAFE,
                    hazards.addedInPlace(table, column), List.of(SqlRenderer.addColumn(table.name(), column, foreignKey, checks))));
        }
        replaceCurrent(table.after);
    }

    /** One phrase per change, in the diff's order: {@code drop column name}, {@code add column position}. */
    private static List<String> describe(TableDiff table) {
        List<String> parts = new ArrayList<>();
        for (SchemaChange change : table.changes) {
            String part = null;
            if (change instanceof SchemaChange.AddColumn add) {
                part = "add column " + add.column().name();
            } else if (change instanceof SchemaChange.DropColumn drop) {
                part = "drop column " + drop.column().name();
            } else if (change instanceof SchemaChange.AlterColumn alter) {
                List<String> aspects = new ArrayList<>();
                for (SchemaChange.ColumnAspect aspect : SchemaChange.ColumnAspect.values()) {
                    if (alter.aspects().contains(aspect)) {
                        aspects.add(aspect.name().toLowerCase(java.util.Locale.ROOT));
                    }
                }
                part = "alter column " + alter.after().name() + " " + String.join(" and ", aspects);
            } else if (change instanceof SchemaChange.ChangePrimaryKey) {
                part = "change primary key";
            } else if (change instanceof SchemaChange.ChangeTableOptions) {
                part = "change table options";
            } else if (change instanceof SchemaChange.AddForeignKey add) {
                part = "add foreign key (" + names(add.foreignKey().columns()) + ") to " + add.foreignKey().targetTable().name();
            } else if (change instanceof SchemaChange.DropForeignKey drop) {
                part = "drop foreign key (" + names(drop.foreignKey().columns()) + ") to " + drop.foreignKey().targetTable().name();
            } else if (change instanceof SchemaChange.AddCheck add) {
                part = "add check" + (add.check().name() == null ? " (" + add.check().expression().sql() + ")" : " " + add.check().name());
            } else if (change instanceof SchemaChange.DropCheck drop) {
                part = "drop check" + (drop.check().name() == null ? " (" + drop.check().expression().sql() + ")" : " " + drop.check().name());
            } else if (change instanceof SchemaChange.CreateIndex create) {
                part = "create index " + create.index().name();
            } else if (change instanceof SchemaChange.DropIndex drop) {
                part = "drop index " + drop.index().name();
            }
            if (part != null) {
                parts.add(part);
            }
        }
        return parts;
    }

    /** Dropped tables, a table that references another dropped one before it (so its drop cannot act on it). */
    private List<Table> dropOrder() {
        List<Table> dropped = new ArrayList<>();
        for (SchemaChange change : diff.changes()) {
            if (change instanceof SchemaChange.DropTable drop) {
                dropped.add(drop.dropped());
            }
        }
        List<Table> ordered = new ArrayList<>();
        while (!dropped.isEmpty()) {
            Table next = dropped.stream().filter(candidate -> dropped.stream().noneMatch(other -> other != candidate
                    && other.foreignKeys().stream().anyMatch(fk -> fk.targetTable().is(candidate.name())))).findFirst().orElse(dropped.get(0));
            ordered.add(next);
            dropped.remove(next);
        }
        return ordered;
    }

    /**
     * Tables whose foreign key violations the guards watch: every table of the plan that has
     * foreign keys, and every table that references a table of the plan.
     */
    private List<ForeignKeyGuards.Guarded> guardedTables() {
        List<String> touched = new ArrayList<>();
        steps.forEach(step -> touched.add(Names.fold(step.table())));
        List<ForeignKeyGuards.Guarded> guarded = new ArrayList<>();
        for (Table table : diff.after().tables()) {
            boolean inPlan = touched.contains(Names.fold(table.name()));
            boolean referencesPlan = table.foreignKeys().stream().anyMatch(fk -> touched.contains(Names.fold(fk.targetTable().name())));
            TableDiff existingTable = existing.get(Names.fold(table.name()));
            // A table the plan creates is empty: it cannot hold a violation.
            if (existingTable != null && ((inPlan && !table.foreignKeys().isEmpty()) || referencesPlan)) {
                guarded.add(new ForeignKeyGuards.Guarded(table.name(), existingTable.beforeName()));
            }
        }
        return guarded;
    }

    private String beforeName(String currentName) {
        return tableRenamedFrom.getOrDefault(Names.fold(currentName), currentName);
    }

    private Table currentTable(String name) {
        return current.stream().filter(table -> Names.same(table.name(), name)).findFirst().orElseThrow();
    }

    private void replaceCurrent(Table after) {
        for (int i = 0; i < current.size(); i++) {
            if (Names.same(current.get(i).name(), after.name())) {
                current.set(i, after);
                return;
            }
        }
        current.add(after);
    }

    // ---- the baseline with the plan's renames applied: what the database holds after the rename steps

    private Table renamed(Table before) {
        TableDiff table = existingByBeforeName(before.name());
        if (table == null) {
            return before;
        }
        List<Column> columns = new ArrayList<>();
        for (Column column : before.columns()) {
            columns.add(renameColumn(column, currentColumnName(table, column.name())));
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (ForeignKey foreignKey : before.foreignKeys()) {
            TableDiff parent = existingByBeforeName(foreignKey.targetTable().name());
            List<NameRef> targetColumns = foreignKey.targetColumns().stream()
                    .map(c -> NameRef.of(parent == null ? c.name() : currentColumnName(parent, c.name()))).toList();
            foreignKeys.add(new ForeignKey(foreignKey.columns().stream().map(c -> NameRef.of(currentColumnName(table, c.name()))).toList(),
                    NameRef.of(parent == null ? foreignKey.targetTable().name() : parent.name()), targetColumns,
                    foreignKey.onDelete(), foreignKey.onUpdate(), foreignKey.deferrable(), foreignKey.columnLevel(), foreignKey.range()));
        }
        PrimaryKey key = before.primaryKey() == null ? null : new PrimaryKey(before.primaryKey().columns().stream()
                .map(part -> part.column() == null ? part : new IndexPart(NameRef.of(currentColumnName(table, part.column().name())),
                        null, part.collation(), part.order(), part.range())).toList(),
                before.primaryKey().autoincrement(), before.primaryKey().columnLevel(), before.primaryKey().range());
        return new Table(table.name(), before.strict(), before.withoutRowid(), null, columns, key, List.<Index>of(), foreignKeys,
                List.of(), before.doc(), before.range(), before.nameRange());
    }

    /** A baseline column's name once the column renames ran (a dropped column keeps its name). */
    private static String currentColumnName(TableDiff table, String beforeColumn) {
        for (SchemaChange.RenameColumn rename : table.of(SchemaChange.RenameColumn.class)) {
            if (Names.same(rename.from(), beforeColumn)) {
                return rename.to();
            }
        }
        return beforeColumn;
    }

    private static Column renameColumn(Column column, String name) {
        return name.equals(column.name()) ? column : new Column(name, column.type(), column.nullability(), column.defaultValue(),
                column.collation(), column.generated(), null, column.doc(), column.range(), column.nameRange(), column.typeRange());
    }

    private TableDiff existingByBeforeName(String beforeName) {
        return existingByBeforeName.get(Names.fold(beforeName));
    }

    private static String names(List<NameRef> names) {
        List<String> plain = new ArrayList<>();
        names.forEach(name -> plain.add(name.name()));
        return String.join(", ", plain);
    }
}
