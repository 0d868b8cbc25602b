package io.dschema.diff;

import io.dschema.model.Check;
import io.dschema.model.Column;
import io.dschema.model.ForeignKey;
import io.dschema.model.Index;
import io.dschema.model.PrimaryKey;
import io.dschema.model.Table;

import java.util.Set;

/**
 * One difference between a baseline and a target schema. Tables are named by their name in the
 * target; a renamed table's other changes follow its {@link RenameTable}, and a renamed column's
 * follow its {@link RenameColumn}. The differ emits changes in a fixed order (see
 * {@link SchemaDiffer}), so the same inputs always give the same list.
 */
public sealed interface SchemaChange {

    /** The table concerned: its name in the target (for a dropped table, its name in the baseline). */
    String table();

    record CreateTable(Table created) implements SchemaChange {
        @Override public String table() { return created.name(); }
    }

    record DropTable(Table dropped) implements SchemaChange {
        @Override public String table() { return dropped.name(); }
    }

    record RenameTable(String from, String to) implements SchemaChange {
        @Override public String table() { return to; }
    }

    /** {@code strict} or {@code without rowid} changed: always a rebuild. */
    record ChangeTableOptions(String table, boolean strictBefore, boolean strictAfter,
                              boolean withoutRowidBefore, boolean withoutRowidAfter) implements SchemaChange {
    }

    record AddColumn(String table, Column column) implements SchemaChange {
    }

    record DropColumn(String table, Column column) implements SchemaChange {
    }

    record RenameColumn(String table, String from, String to) implements SchemaChange {
    }

    /** What of a column may change in place of it; several at once. */
    enum ColumnAspect { TYPE, NULLABILITY, DEFAULT, COLLATION, GENERATED }

    /** A column kept (possibly renamed: {@code after} carries the new name) with some aspects changed. */
    record AlterColumn(String table, Column before, Column after, Set<ColumnAspect> aspects) implements SchemaChange {
        public AlterColumn {
            aspects = Set.copyOf(aspects);
        }
    }

    /** The key changed (added, dropped, other columns, autoincrement, order): always a rebuild. */
    record ChangePrimaryKey(String table, PrimaryKey before, PrimaryKey after) implements SchemaChange {
    }

    record CreateIndex(String table, Index index) implements SchemaChange {
    }

    record DropIndex(String table, Index index) implements SchemaChange {
    }

    record AddForeignKey(String table, ForeignKey foreignKey) implements SchemaChange {
    }

    record DropForeignKey(String table, ForeignKey foreignKey) implements SchemaChange {
    }

    record AddCheck(String table, Check check) implements SchemaChange {
    }

    record DropCheck(String table, Check check) implements SchemaChange {
    }
}
