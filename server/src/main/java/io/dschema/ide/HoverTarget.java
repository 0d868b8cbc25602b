package io.dschema.ide;

import io.dschema.model.Check;
import io.dschema.model.Column;
import io.dschema.model.ForeignKey;
import io.dschema.model.Index;
import io.dschema.model.IndexPart;
import io.dschema.model.NameRef;
import io.dschema.model.PrimaryKey;
import io.dschema.model.Schema;
import io.dschema.model.SourceRange;
import io.dschema.model.Table;

import java.util.Optional;

/**
 * The schema object under an offset: of all objects whose range holds it, the narrowest (a
 * column's {@code unique} is its index, a {@code references users} names the table users, a
 * name in a key list names the column). Pure.
 */
sealed interface HoverTarget {

    /** The table the object belongs to (for a table: itself). */
    Table table();

    /** What the editor highlights. */
    SourceRange range();

    record OfTable(Table table, SourceRange range) implements HoverTarget {
    }

    record OfColumn(Table table, Column column, SourceRange range) implements HoverTarget {
    }

    record OfIndex(Table table, Index index, SourceRange range) implements HoverTarget {
    }

    record OfCheck(Table table, Check check, SourceRange range) implements HoverTarget {
    }

    record OfForeignKey(Table table, ForeignKey foreignKey, SourceRange range) implements HoverTarget {
    }

    record OfPrimaryKey(Table table, PrimaryKey primaryKey, SourceRange range) implements HoverTarget {
    }

    static Optional<HoverTarget> at(Schema schema, String file, int offset) {
        Finder finder = new Finder(file, offset);
        for (Table table : schema.tables()) {
            if (!finder.holds(table.range()) && !finder.holds(table.nameRange())) {
                continue;
            }
            finder.offer(header(table), range -> new OfTable(table, range));
            finder.offer(table.nameRange(), range -> new OfTable(table, range));
            for (Column column : table.columns()) {
                finder.offer(column.range(), range -> new OfColumn(table, column, range));
            }
            PrimaryKey key = table.primaryKey();
            if (key != null) {
                finder.offer(key.range(), range -> new OfPrimaryKey(table, key, range));
                key.columns().forEach(part -> ownColumn(finder, schema, table, part));
            }
            for (Index index : table.indexes()) {
                finder.offer(index.range(), range -> new OfIndex(table, index, range));
                finder.offer(index.nameRange(), range -> new OfIndex(table, index, range));
                index.parts().forEach(part -> ownColumn(finder, schema, table, part));
            }
            for (Check check : table.checks()) {
                finder.offer(check.range(), range -> new OfCheck(table, check, range));
            }
            for (ForeignKey foreignKey : table.foreignKeys()) {
                finder.offer(foreignKey.range(), range -> new OfForeignKey(table, foreignKey, range));
                foreignKey.columns().forEach(name -> column(finder, table, name));
                Optional<Table> parent = schema.table(foreignKey.targetTable().name());
                parent.ifPresent(target -> {
                    finder.offer(foreignKey.targetTable().range(), range -> new OfTable(target, range));
                    foreignKey.targetColumns().forEach(name -> column(finder, target, name));
                });
            }
        }
        return Optional.ofNullable(finder.best);
    }

    /** From {@code table} to the end of the name: the keyword shows the table too. */
    private static SourceRange header(Table table) {
        SourceRange whole = table.range();
        SourceRange name = table.nameRange();
        if (whole == null || name == null || whole.isNone() || name.isNone() || name.end() < whole.start()) {
            return null;
        }
        return new SourceRange(name.file(), whole.start(), name.end(), whole.line(), whole.column(), name.endLine(), name.endColumn());
    }

    private static void ownColumn(Finder finder, Schema schema, Table table, IndexPart part) {
        if (part != null && part.column() != null) {
            column(finder, table, part.column());
        }
    }

    private static void column(Finder finder, Table table, NameRef name) {
        if (name != null) {
            table.column(name.name()).ifPresent(column -> finder.offer(name.range(), range -> new OfColumn(table, column, range)));
        }
    }

    /** Keeps the narrowest range that holds the offset; on a tie, the one offered last (the more specific). */
    final class Finder {
        private final String file;
        private final int offset;
        private HoverTarget best;

        Finder(String file, int offset) {
            this.file = file;
            this.offset = offset;
        }

        boolean holds(SourceRange range) {
            return range != null && !range.isNone() && file.equals(range.file()) && range.contains(offset);
        }

        void offer(SourceRange range, java.util.function.Function<SourceRange, HoverTarget> target) {
            if (!holds(range)) {
                return;
            }
            if (best == null || range.end() - range.start() <= best.range().end() - best.range().start()) {
                best = target.apply(range);
            }
        }
    }
}
