package io.dschema.bench;

import io.dschema.model.Check;
import io.dschema.model.Column;
import io.dschema.model.DefaultValue;
import io.dschema.model.Expr;
import io.dschema.model.ForeignKey;
import io.dschema.model.Index;
import io.dschema.model.IndexPart;
import io.dschema.model.NameRef;
import io.dschema.model.PrimaryKey;
import io.dschema.model.Schema;
import io.dschema.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a schema, already cut down by {@link DrizzleSubset}, as a drizzle-orm sqlite-core
 * {@code schema.ts}: one exported {@code sqliteTable} per table, columns in order, and the table's
 * keys, foreign keys, unique sets, indexes and checks in the extra-config array. Expressions go in
 * {@code sql`...`} as the schema spells them, so drizzle-kit sends SQLite the same text.
 */
final class DrizzleTs {

    private static final Pattern JS_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> IMPORTED = Set.of("sqliteTable", "integer", "text", "real", "blob", "numeric",
            "index", "uniqueIndex", "foreignKey", "primaryKey", "check", "sql", "t");

    private DrizzleTs() {
    }

    static String write(Schema schema, String header) {
        StringBuilder out = new StringBuilder("// ").append(header).append("\n");
        out.append("import { sql } from \"drizzle-orm\";\n");
        out.append("import { sqliteTable, integer, text, real, blob, numeric, index, uniqueIndex, foreignKey, "
                + "primaryKey, check } from \"drizzle-orm/sqlite-core\";\n\n");
        for (Table table : schema.tables()) {
            table(out, table);
        }
        return out.toString();
    }

    private static void table(StringBuilder out, Table table) {
        out.append("export const ").append(variable(table.name())).append(" = sqliteTable(")
                .append(string(table.name())).append(", {\n");
        PrimaryKey key = table.primaryKey();
        for (Column column : table.columns()) {
            out.append("  ").append(variable(column.name())).append(": ").append(builder(column.type()))
                    .append('(').append(string(column.name())).append(')');
            if (key != null && key.columnLevel() && key.covers(column.name())) {
                out.append(key.autoincrement() ? ".primaryKey({ autoIncrement: true })" : ".primaryKey()");
            } else if (column.notNull()) {
                out.append(".notNull()");
            }
            if (DschemaText.columnUnique(table, column) != null) {
                out.append(".unique()");
            }
            if (column.defaultValue() != null) {
                out.append(".default(").append(defaultValue(column)).append(')');
            }
            if (column.generated() != null) {
                out.append(".generatedAlwaysAs(").append(sql(column.generated().expression().sql()))
                        .append(column.generated().stored() ? ", { mode: \"stored\" })" : ", { mode: \"virtual\" })");
            }
            for (ForeignKey foreignKey : table.foreignKeys()) {
                if (foreignKey.columnLevel() && foreignKey.columns().get(0).is(column.name())) {
                    out.append(".references(() => ").append(variable(foreignKey.targetTable().name())).append('.')
                            .append(variable(foreignKey.targetColumns().get(0).name())).append(actions(foreignKey, true))
                            .append(')');
                }
            }
            out.append(",\n");
        }
        out.append("}, (t) => [\n");
        List<String> extras = new ArrayList<>();
        if (key != null && !key.columnLevel()) {
            extras.add("primaryKey({ columns: [" + columns(key.columns()) + "] })");
        }
        for (ForeignKey foreignKey : table.foreignKeys()) {
            if (!foreignKey.columnLevel()) {
                StringBuilder parents = new StringBuilder();
                for (NameRef parent : foreignKey.targetColumns()) {
                    parents.append(parents.isEmpty() ? "" : ", ").append(variable(foreignKey.targetTable().name()))
                            .append('.').append(variable(parent.name()));
                }
                extras.add("foreignKey({ columns: [" + refs(foreignKey.columns()) + "], foreignColumns: [" + parents
                        + "] })" + actions(foreignKey, false));
            }
        }
        for (Index index : table.indexes()) {
            if (index.origin() == Index.Origin.COLUMN_UNIQUE) {
                continue;
            }
            StringBuilder text = new StringBuilder(index.unique() ? "uniqueIndex(" : "index(")
                    .append(string(index.name())).append(").on(").append(columns(index.parts())).append(')');
            if (index.where() != null) {
                text.append(".where(").append(sql(index.where().sql())).append(')');
            }
            extras.add(text.toString());
        }
        for (Check check : table.checks()) {
            extras.add("check(" + string(check.name()) + ", " + sql(check.expression().sql()) + ")");
        }
        for (String extra : extras) {
            out.append("  ").append(extra).append(",\n");
        }
        out.append("]);\n\n");
    }

    private static String builder(String type) {
        return switch (type) {
            case "integer", "text", "real", "blob", "numeric" -> type;
            default -> throw new IllegalArgumentException("not a drizzle sqlite-core type: " + type
                    + " (restrict the schema with DrizzleSubset first)");
        };
    }

    /** Strings and numbers as JavaScript values ({@code .default("x")}, {@code .default(0.5)}), else raw SQL. */
    private static String defaultValue(Column column) {
        DefaultValue value = column.defaultValue();
        String sql = value.expression().sql();
        if (!value.parenthesized() && value.expression().tree() instanceof Expr.Literal literal) {
            if (literal.kind() == Expr.LiteralKind.STRING) {
                return string(sql.substring(1, sql.length() - 1).replace("''", "'"));
            }
            // drizzle-kit reads numbers back as numbers: a number written as sql`0.5` would differ
            if ((literal.kind() == Expr.LiteralKind.INTEGER || literal.kind() == Expr.LiteralKind.REAL)
                    && sql.matches("-?[0-9]{1,15}(\\.[0-9]{1,15})?")) {
                return sql;
            }
        }
        return sql(value.parenthesized() ? "(" + sql + ")" : sql);
    }

    private static String actions(ForeignKey key, boolean asOptions) {
        List<String> actions = new ArrayList<>();
        if (key.onDelete() != ForeignKey.Action.NO_ACTION) {
            actions.add(asOptions ? "onDelete: " + string(DschemaText.action(key.onDelete()))
                    : ".onDelete(" + string(DschemaText.action(key.onDelete())) + ")");
        }
        if (key.onUpdate() != ForeignKey.Action.NO_ACTION) {
            actions.add(asOptions ? "onUpdate: " + string(DschemaText.action(key.onUpdate()))
                    : ".onUpdate(" + string(DschemaText.action(key.onUpdate())) + ")");
        }
        if (actions.isEmpty()) {
            return "";
        }
        return asOptions ? ", { " + String.join(", ", actions) + " }" : String.join("", actions);
    }

    private static String columns(List<IndexPart> parts) {
        StringBuilder out = new StringBuilder();
        for (IndexPart part : parts) {
            out.append(out.isEmpty() ? "" : ", ")
                    .append(part.column() != null ? "t." + variable(part.column().name()) : sql(part.expression().sql()));
        }
        return out.toString();
    }

    private static String refs(List<NameRef> names) {
        StringBuilder out = new StringBuilder();
        for (NameRef name : names) {
            out.append(out.isEmpty() ? "" : ", ").append("t.").append(variable(name.name()));
        }
        return out.toString();
    }

    /** A JavaScript identifier: the generator's names are plain, and anything else is refused, not mangled. */
    private static String variable(String name) {
        if (!JS_NAME.matcher(name).matches() || IMPORTED.contains(name)) {
            throw new IllegalArgumentException("not usable as a TypeScript name here: " + name);
        }
        return name;
    }

    private static String sql(String text) {
        return "sql`" + text.replace("\\", "\\\\").replace("`", "\\`").replace("${", "\\${") + "`";
    }

    static String string(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
