package io.dschema.diff;

import io.dschema.model.Check;
import io.dschema.model.ForeignKey;
import io.dschema.model.Index;
import io.dschema.model.IndexPart;
import io.dschema.model.NameRef;
import io.dschema.model.PrimaryKey;
import io.dschema.model.SortOrder;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * One line per change, for people: {@code add column users.position},
 * {@code rename column users.pos to position}, {@code alter column users.email (nullability, default)}.
 * Names as the schema spells them, unquoted.
 */
public final class ChangeText {

    private ChangeText() {
    }

    public static String describe(SchemaChange change) {
        if (change instanceof SchemaChange.CreateTable c) {
            return "create table " + c.table();
        } else if (change instanceof SchemaChange.DropTable c) {
            return "drop table " + c.table();
        } else if (change instanceof SchemaChange.RenameTable c) {
            return "rename table " + c.from() + " to " + c.to();
        } else if (change instanceof SchemaChange.ChangeTableOptions c) {
            return "change options of table " + c.table() + " (" + options(c.strictBefore(), c.withoutRowidBefore())
                    + " to " + options(c.strictAfter(), c.withoutRowidAfter()) + ")";
        } else if (change instanceof SchemaChange.AddColumn c) {
            return "add column " + c.table() + "." + c.column().name();
        } else if (change instanceof SchemaChange.DropColumn c) {
            return "drop column " + c.table() + "." + c.column().name();
        } else if (change instanceof SchemaChange.RenameColumn c) {
            return "rename column " + c.table() + "." + c.from() + " to " + c.to();
        } else if (change instanceof SchemaChange.AlterColumn c) {
            StringJoiner aspects = new StringJoiner(", ", " (", ")");
            for (SchemaChange.ColumnAspect aspect : SchemaChange.ColumnAspect.values()) {
                if (c.aspects().contains(aspect)) {
                    aspects.add(aspect.name().toLowerCase(Locale.ROOT));
                }
            }
            return "alter column " + c.table() + "." + c.after().name() + aspects;
        } else if (change instanceof SchemaChange.ChangePrimaryKey c) {
            return "change primary key of " + c.table() + " from " + key(c.before()) + " to " + key(c.after());
        } else if (change instanceof SchemaChange.CreateIndex c) {
            return "create " + index(c.index()) + " on " + c.table() + " " + parts(c.index().parts())
                    + (c.index().where() == null ? "" : " where " + c.index().where().sql());
        } else if (change instanceof SchemaChange.DropIndex c) {
            return "drop " + index(c.index()) + " on " + c.table();
        } else if (change instanceof SchemaChange.AddForeignKey c) {
            return "add foreign key " + foreignKey(c.table(), c.foreignKey());
        } else if (change instanceof SchemaChange.DropForeignKey c) {
            return "drop foreign key " + foreignKey(c.table(), c.foreignKey());
        } else if (change instanceof SchemaChange.AddCheck c) {
            return "add check " + check(c.table(), c.check());
        } else if (change instanceof SchemaChange.DropCheck c) {
            return "drop check " + check(c.table(), c.check());
        }
        return change.toString();
    }

    /** Every change, one line each, in order. */
    public static List<String> describe(List<SchemaChange> changes) {
        return changes.stream().map(ChangeText::describe).toList();
    }

    private static String options(boolean strict, boolean withoutRowid) {
        if (!strict && !withoutRowid) {
            return "none";
        }
        return strict && withoutRowid ? "strict, without rowid" : strict ? "strict" : "without rowid";
    }

    private static String key(PrimaryKey key) {
        if (key == null) {
            return "none";
        }
        return parts(key.columns()) + (key.autoincrement() ? " autoincrement" : "");
    }

    private static String index(Index index) {
        return (index.unique() ? "unique index " : "index ") + index.name();
    }

    private static String parts(List<IndexPart> parts) {
        StringJoiner joined = new StringJoiner(", ", "(", ")");
        for (IndexPart part : parts) {
            String text = part.column() != null ? part.column().name()
                    : part.expression() == null ? "?" : part.expression().sql();
            if (part.collation() != null) {
                text += " collate " + part.collation();
            }
            if (part.order() != SortOrder.NONE) {
                text += " " + part.order().name().toLowerCase(Locale.ROOT);
            }
            joined.add(text);
        }
        return joined.toString();
    }

    private static String foreignKey(String table, ForeignKey key) {
        StringBuilder text = new StringBuilder(table).append(' ').append(names(key.columns()))
                .append(" references ").append(key.targetTable() == null ? "?" : key.targetTable().name());
        if (!key.targetColumns().isEmpty()) {
            text.append(' ').append(names(key.targetColumns()));
        }
        if (key.onDelete() != null && key.onDelete() != ForeignKey.Action.NO_ACTION) {
            text.append(" on delete ").append(key.onDelete().words());
        }
        if (key.onUpdate() != null && key.onUpdate() != ForeignKey.Action.NO_ACTION) {
            text.append(" on update ").append(key.onUpdate().words());
        }
        if (key.deferrable() == ForeignKey.Deferrable.DEFERRABLE_INITIALLY_DEFERRED) {
            text.append(" deferrable initially deferred");
        }
        return text.toString();
    }

    private static String names(List<NameRef> names) {
        StringJoiner joined = new StringJoiner(", ", "(", ")");
        names.forEach(name -> joined.add(name.name()));
        return joined.toString();
    }

    private static String check(String table, Check check) {
        return (check.name() == null ? "on " + table : table + "." + check.name())
                + " (" + (check.expression() == null ? "" : check.expression().sql()) + ")";
    }
}
