package io.dschema.bench;

import io.dschema.model.Check;
import io.dschema.model.Column;
import io.dschema.model.Expression;
import io.dschema.model.ForeignKey;
import io.dschema.model.Index;
import io.dschema.model.IndexPart;
import io.dschema.model.NameRef;
import io.dschema.model.PrimaryKey;
import io.dschema.model.Schema;
import io.dschema.model.SortOrder;
import io.dschema.model.Table;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a model back as .dschema text, one member a line: column-level {@code primary key},
 * {@code unique} and {@code references} where the model says they were written on the column,
 * everything else as table members. Expressions are written from their text, as the model keeps it.
 * Test code for the push benchmark; the project's formatter works on source text, not on models.
 */
final class DschemaText {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Words that start a table member: a column of that name must be quoted (LANGUAGE.md). */
    private static final Set<String> RESERVED = Set.of("table", "index", "unique", "primary", "foreign", "check");

    private DschemaText() {
    }

    static String write(Schema schema, String header) {
        StringBuilder out = new StringBuilder("// ").append(header).append("\n\n");
        for (Table table : schema.tables()) {
            table(out, table);
        }
        return out.toString();
    }

    private static void table(StringBuilder out, Table table) {
        out.append("table ").append(name(table.name()));
        if (table.strict()) {
            out.append(" strict");
        }
        if (table.withoutRowid()) {
            out.append(" without rowid");
        }
        out.append(" {\n");
        PrimaryKey key = table.primaryKey();
        for (Column column : table.columns()) {
            out.append("  ").append(name(column.name()));
            if (column.type() != null) {
                out.append(' ').append(column.type());
            }
            if (column.notNull()) {
                out.append(" not null");
            }
            if (key != null && key.columnLevel() && key.covers(column.name())) {
                out.append(" primary key");
                if (key.columns().get(0).order() != SortOrder.NONE) {
                    out.append(' ').append(key.columns().get(0).order().name().toLowerCase(Locale.ROOT));
                }
                if (key.autoincrement()) {
                    out.append(" autoincrement");
                }
            }
            if (columnUnique(table, column) != null) {
                out.append(" unique");
            }
            if (column.collation() != null) {
                out.append(" collate ").append(column.collation());
            }
            if (column.defaultValue() != null) {
                String sql = column.defaultValue().expression().sql();
                out.append(" default ").append(column.defaultValue().parenthesized() ? "(" + sql + ")" : sql);
            }
            if (column.generated() != null) {
                out.append(" as (").append(column.generated().expression().sql()).append(')')
                        .append(column.generated().stored() ? " stored" : " virtual");
            }
            for (ForeignKey foreignKey : table.foreignKeys()) {
                if (foreignKey.columnLevel() && foreignKey.columns().get(0).is(column.name())) {
                    out.append(' ').append(references(foreignKey));
                }
            }
            out.append('\n');
        }
        if (key != null && !key.columnLevel()) {
            out.append("  primary key (").append(parts(key.columns())).append(")\n");
        }
        for (Index index : table.indexes()) {
            if (index.origin() == Index.Origin.TABLE_UNIQUE) {
                List<String> columns = index.parts().stream().map(part -> part.column().name()).toList();
                boolean derived = index.name().equals(Index.derivedUniqueName(table.name(), columns));
                out.append("  unique ").append(derived ? "" : name(index.name()) + " ")
                        .append('(').append(parts(index.parts())).append(")\n");
            }
        }
        for (ForeignKey foreignKey : table.foreignKeys()) {
            if (!foreignKey.columnLevel()) {
                out.append("  foreign key (").append(names(foreignKey.columns())).append(") ")
                        .append(references(foreignKey)).append('\n');
            }
        }
        for (Check check : table.checks()) {
            out.append("  check ");
            if (check.name() != null) {
                out.append(name(check.name())).append(' ');
            }
            out.append('(').append(check.expression().sql()).append(")\n");
        }
        for (Index index : table.indexes()) {
            if (index.origin() == Index.Origin.INDEX) {
                out.append("  ").append(index.unique() ? "unique index " : "index ").append(name(index.name()))
                        .append(" on (").append(parts(index.parts())).append(')');
                if (index.where() != null) {
                    out.append(" where ").append(index.where().sql());
                }
                out.append('\n');
            }
        }
        out.append("}\n\n");
    }

    /** The column's own {@code unique}, if it has one. */
    static Index columnUnique(Table table, Column column) {
        for (Index index : table.indexes()) {
            if (index.origin() == Index.Origin.COLUMN_UNIQUE && index.parts().get(0).column().is(column.name())) {
                return index;
            }
        }
        return null;
    }

    private static String references(ForeignKey key) {
        StringBuilder out = new StringBuilder("references ").append(name(key.targetTable().name()));
        if (!key.targetColumns().isEmpty()) {
            out.append('(').append(names(key.targetColumns())).append(')');
        }
        if (key.onDelete() != ForeignKey.Action.NO_ACTION) {
            out.append(" on delete ").append(action(key.onDelete()));
        }
        if (key.onUpdate() != ForeignKey.Action.NO_ACTION) {
            out.append(" on update ").append(action(key.onUpdate()));
        }
        if (key.deferrable() == ForeignKey.Deferrable.DEFERRABLE_INITIALLY_DEFERRED) {
            out.append(" deferrable initially deferred");
        }
        return out.toString();
    }

    static String action(ForeignKey.Action action) {
        return action.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String parts(List<IndexPart> parts) {
        StringBuilder out = new StringBuilder();
        for (IndexPart part : parts) {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(part.column() != null ? name(part.column().name()) : indexed(part.expression()));
            if (part.collation() != null) {
                out.append(" collate ").append(part.collation());
            }
            if (part.order() != SortOrder.NONE) {
                out.append(' ').append(part.order().name().toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }

    /** The model keeps an indexed expression's text with its parentheses, if it had any (a call needs none). */
    private static String indexed(Expression expression) {
        return expression.sql();
    }

    private static String names(List<NameRef> names) {
        StringBuilder out = new StringBuilder();
        for (NameRef ref : names) {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(name(ref.name()));
        }
        return out.toString();
    }

    static String name(String name) {
        if (PLAIN_NAME.matcher(name).matches() && !RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            return name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
