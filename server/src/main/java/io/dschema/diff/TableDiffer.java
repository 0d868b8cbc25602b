package io.dschema.diff;

import io.dschema.analysis.Affinity;
import io.dschema.model.Check;
import io.dschema.model.Column;
import io.dschema.model.ForeignKey;
import io.dschema.model.Index;
import io.dschema.model.Names;
import io.dschema.model.Schema;
import io.dschema.model.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The changes within one table kept from the baseline (possibly renamed), in the order
 * {@link SchemaDiffer} documents. The baseline side's canonical forms go through the renames, the
 * target side's through none.
 */
final class TableDiffer {

    private final Table before;
    private final Table after;
    private final Schema beforeSchema;
    private final Schema afterSchema;
    private final Renames renames;
    private final RenameMatcher.Outcome columns;
    private final String name;
    private final List<SchemaChange> changes = new ArrayList<>();

    TableDiffer(Table before, Table after, Schema beforeSchema, Schema afterSchema, Renames renames,
                RenameMatcher.Outcome columns) {
        this.before = before;
        this.after = after;
        this.beforeSchema = beforeSchema;
        this.afterSchema = afterSchema;
        this.renames = renames;
        this.columns = columns;
        this.name = after.name();
    }

    List<SchemaChange> changes() {
        columnRenames();
        options();
        primaryKey();
        for (int b : columns.dropped()) {
            changes.add(new SchemaChange.DropColumn(name, before.columns().get(b)));
        }
        for (int a : columns.created()) {
            changes.add(new SchemaChange.AddColumn(name, after.columns().get(a)));
        }
        columnAlters();
        foreignKeys();
        checks();
        indexes();
        return changes;
    }

    private void columnRenames() {
        for (RenameMatcher.Pair pair : columns.pairs()) {
            if (pair.renamed()) {
                changes.add(new SchemaChange.RenameColumn(name, before.columns().get(pair.before()).name(),
                        after.columns().get(pair.after()).name()));
            }
        }
    }

    private void options() {
        if (before.strict() != after.strict() || before.withoutRowid() != after.withoutRowid()) {
            changes.add(new SchemaChange.ChangeTableOptions(name, before.strict(), after.strict(),
                    before.withoutRowid(), after.withoutRowid()));
        }
    }

    private void primaryKey() {
        if (!CanonicalKey.of(before, renames).equals(CanonicalKey.of(after, Renames.NONE))) {
            changes.add(new SchemaChange.ChangePrimaryKey(name, before.primaryKey(), after.primaryKey()));
        }
    }

    private void columnAlters() {
        for (RenameMatcher.Pair pair : columns.pairs()) {
            Column old = before.columns().get(pair.before());
            Column now = after.columns().get(pair.after());
            Affinity affinity = CanonicalColumn.affinity(now, after);
            Set<SchemaChange.ColumnAspect> aspects = CanonicalColumn.of(old, before, affinity, renames)
                    .differences(CanonicalColumn.of(now, after, affinity, Renames.NONE));
            if (!aspects.isEmpty()) {
                changes.add(new SchemaChange.AlterColumn(name, old, now, aspects));
            }
        }
    }

    private void foreignKeys() {
        List<CanonicalForeignKey> beforeKeys = new ArrayList<>();
        for (ForeignKey key : before.foreignKeys()) {
            beforeKeys.add(CanonicalForeignKey.of(key, before, beforeSchema, renames));
        }
        List<CanonicalForeignKey> afterKeys = new ArrayList<>();
        for (ForeignKey key : after.foreignKeys()) {
            afterKeys.add(CanonicalForeignKey.of(key, after, afterSchema, Renames.NONE));
        }
        for (ForeignKey dropped : Leftovers.of(before.foreignKeys(),
                key -> CanonicalForeignKey.of(key, before, beforeSchema, renames), afterKeys)) {
            changes.add(new SchemaChange.DropForeignKey(name, dropped));
        }
        for (ForeignKey added : Leftovers.of(after.foreignKeys(),
                key -> CanonicalForeignKey.of(key, after, afterSchema, Renames.NONE), beforeKeys)) {
            changes.add(new SchemaChange.AddForeignKey(name, added));
        }
    }

    private void checks() {
        List<CanonicalCheck> beforeChecks = before.checks().stream().map(c -> CanonicalCheck.of(c, before, renames)).toList();
        List<CanonicalCheck> afterChecks = after.checks().stream().map(c -> CanonicalCheck.of(c, after, Renames.NONE)).toList();
        for (Check dropped : Leftovers.of(before.checks(), c -> CanonicalCheck.of(c, before, renames), afterChecks)) {
            changes.add(new SchemaChange.DropCheck(name, dropped));
        }
        for (Check added : Leftovers.of(after.checks(), c -> CanonicalCheck.of(c, after, Renames.NONE), beforeChecks)) {
            changes.add(new SchemaChange.AddCheck(name, added));
        }
    }

    /** Paired by name; a name kept with another definition is dropped and created. */
    private void indexes() {
        Map<String, Index> afterByName = new HashMap<>();
        for (Index index : after.indexes()) {
            afterByName.putIfAbsent(Names.fold(index.name()), index);
        }
        Map<String, Index> beforeByName = new HashMap<>();
        for (Index index : before.indexes()) {
            beforeByName.putIfAbsent(Names.fold(index.name()), index);
        }
        List<Index> created = new ArrayList<>();
        for (Index index : after.indexes()) {
            Index old = beforeByName.get(Names.fold(index.name()));
            if (old == null || !same(old, index)) {
                created.add(index);
            }
        }
        for (Index index : before.indexes()) {
            Index now = afterByName.get(Names.fold(index.name()));
            if (now == null || !same(index, now)) {
                changes.add(new SchemaChange.DropIndex(name, index));
            }
        }
        for (Index index : created) {
            changes.add(new SchemaChange.CreateIndex(name, index));
        }
    }

    private boolean same(Index old, Index now) {
        return CanonicalIndex.of(old, before, renames).equals(CanonicalIndex.of(now, after, Renames.NONE));
    }
}
