package io.dschema.pull;

import io.dschema.model.Check;
import io.dschema.model.Column;
import io.dschema.model.DefaultValue;
import io.dschema.model.Expr;
import io.dschema.model.Expression;
import io.dschema.model.ForeignKey;
import io.dschema.model.Index;
import io.dschema.model.IndexPart;
import io.dschema.model.NameRef;
import io.dschema.model.Names;
import io.dschema.model.PrimaryKey;
import io.dschema.model.Schema;
import io.dschema.model.SortOrder;
import io.dschema.model.SqlObject;
import io.dschema.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a schema (as the Inspector reads a database) as .dschema text, pure. The text is in
 * members-per-line form; {@link io.dschema.format.Formatter} then gives it the canonical layout.
 *
 * <p>Each constraint is written where the database wrote it: a column-level key, check or
 * single-column {@code REFERENCES} on its column, the rest as table members. A unique index under
 * the name the language derives ({@code <table>_<col>_unique}: SQLite's inline UNIQUE, or
 * drizzle-kit's CREATE UNIQUE INDEX) is written {@code unique} on its column, or {@code unique
 * (a, b)} for several columns; any other index as {@code [unique] index NAME on (...)}. Expressions
 * and defaults are written exactly as SQLite stored them. Views and triggers, which the language
 * does not declare, are listed in a comment.
 *
 * <p>What the model holds but a .dschema file cannot write (a line break inside a string) is
 * reported in {@link #problems()}, naming the table.
 */
final class SchemaPrinter {

    private final StringBuilder out = new StringBuilder();
    private final List<String> problems = new ArrayList<>();

    private SchemaPrinter() {
    }

    /** The text, and what could not be written (empty when all of it could). */
    record Printed(String text, List<String> problems) {
    }

    static Printed print(Schema schema) {
        SchemaPrinter printer = new SchemaPrinter();
        printer.schema(schema);
        return new Printed(printer.out.toString(), List.copyOf(printer.problems));
    }

    private void schema(Schema schema) {
        boolean first = true;
        for (Table table : schema.tables()) {
            if (!first) {
                out.append('\n');
            }
            first = false;
            table(table);
        }
        if (!schema.views().isEmpty() || !schema.triggers().isEmpty()) {
            if (!first) {
                out.append('\n');
            }
            out.append("// Not part of the language, kept as they are by push:\n");
            for (SqlObject view : schema.views()) {
                out.append("// view ").append(comment(PullNames.name(view.name()))).append('\n');
            }
            for (SqlObject trigger : schema.triggers()) {
                out.append("// trigger ").append(comment(PullNames.name(trigger.name())));
                if (trigger.tableName() != null) {
                    out.append(" on ").append(comment(PullNames.name(trigger.tableName())));
                }
                out.append('\n');
            }
        }
    }

    private void table(Table table) {
        out.append("table ").append(PullNames.name(table.name()));
        if (table.strict()) {
            out.append(" strict");
        }
        if (table.withoutRowid()) {
            out.append(" without rowid");
        }
        out.append(" {\n");
        IndexPart inlineKey = inlineKey(table);
        PrimaryKey tableKey = table.primaryKey();
        if (tableKey != null && tableKey.autoincrement() && inlineKey == null) {
            problems.add("table " + table.name() + ": its PRIMARY KEY (" + parts(table, tableKey.columns())
                    + " AUTOINCREMENT) cannot be said in a schema (autoincrement is written on the column, where"
                    + " a descending key is no rowid alias)");
        }
        for (Column column : table.columns()) {
            out.append("  ");
            column(table, column, inlineKey);
            out.append('\n');
        }
        List<String> members = new ArrayList<>();
        PrimaryKey key = table.primaryKey();
        if (key != null && inlineKey == null) {
            members.add("primary key (" + parts(table, key.columns()) + ")");
        }
        for (Index index : table.indexes()) {
            if (columnUnique(table, index) == null && tableUnique(table, index)) {
                members.add("unique (" + parts(table, index.parts()) + ")");
            }
        }
        for (ForeignKey foreignKey : table.foreignKeys()) {
            if (onColumn(foreignKey) == null) {
                members.add("foreign key (" + refs(foreignKey.columns()) + ") " + references(foreignKey));
            }
        }
        for (Check check : table.checks()) {
            if (check.column() == null || !table.hasColumn(check.column())) {
                members.add(check(table, check));
            }
        }
        for (Index index : table.indexes()) {
            if (columnUnique(table, index) == null && !tableUnique(table, index)) {
                members.add(index(table, index));
            }
        }
        if (!members.isEmpty() && !table.columns().isEmpty()) {
            out.append('\n');
        }
        for (String member : members) {
            out.append("  ").append(member).append('\n');
        }
        out.append("}\n");
    }

    // ------------------------------------------------------------------ columns

    private void column(Table table, Column column, IndexPart inlineKey) {
        out.append(PullNames.name(column.name()));
        if (column.type() != null && !column.type().isBlank()) {
            out.append(' ').append(PullNames.type(column.type()));
        }
        PrimaryKey key = table.primaryKey();
        if (inlineKey != null && inlineKey.column().is(column.name())) {
            out.append(" primary key");
            if (inlineKey.order() == SortOrder.ASC) {
                out.append(" asc");
            } else if (inlineKey.order() == SortOrder.DESC) {
                out.append(" desc");
            }
            if (key.autoincrement()) {
                out.append(" autoincrement");
            }
        }
        if (column.nullability() == Column.Nullability.NOT_NULL) {
            out.append(" not null");
        } else if (column.nullability() == Column.Nullability.NULL) {
            out.append(" null");
        }
        for (Index index : table.indexes()) {
            if (columnUnique(table, index) != null && columnUnique(table, index).is(column.name())) {
                out.append(" unique");
            }
        }
        DefaultValue value = column.defaultValue();
        if (value != null && value.expression() != null) {
            String sql = expression(table, "the default of column " + column.name(), value.expression());
            if (value.parenthesized()) {
                sql = DoubleQuotedStrings.asStrings(sql, name -> false); // a default names no column
            }
            out.append(value.parenthesized() ? " default (" + sql + ")" : " default " + sql);
        }
        if (column.collation() != null) {
            out.append(" collate ").append(PullNames.name(column.collation()));
        }
        if (column.generated() != null) {
            out.append(" as (").append(expression(table, "the expression of generated column " + column.name(),
                    column.generated().expression())).append(')');
            if (column.generated().stored()) {
                out.append(" stored");
            }
        }
        for (ForeignKey foreignKey : table.foreignKeys()) {
            NameRef on = onColumn(foreignKey);
            if (on != null && on.is(column.name())) {
                out.append(' ').append(references(foreignKey));
            }
        }
        for (Check check : table.checks()) {
            if (check.column() != null && Names.same(check.column(), column.name())) {
                out.append(' ').append(check(table, check));
            }
        }
    }

    /**
     * The key part written on its column: a column-level key of one column as the database wrote
     * it, or a table-level one with autoincrement, which the language writes only on the column.
     */
    private static IndexPart inlineKey(Table table) {
        PrimaryKey key = table.primaryKey();
        if (key == null || key.columns().size() != 1) {
            return null;
        }
        IndexPart part = key.columns().get(0);
        if (part.column() == null || part.collation() != null || !table.hasColumn(part.column().name())) {
            return null;
        }
        boolean movable = key.autoincrement() && part.order() != SortOrder.DESC;
        return key.columnLevel() || movable ? part : null;
    }

    // ------------------------------------------------------------------ uniques and indexes

    /** The column of a unique index written as that column's {@code unique}, or null. */
    private static NameRef columnUnique(Table table, Index index) {
        if (!index.unique() || index.where() != null || index.parts().size() != 1) {
            return null;
        }
        IndexPart part = index.parts().get(0);
        if (part.column() == null || part.collation() != null || part.order() == SortOrder.DESC
                || !table.hasColumn(part.column().name())) {
            return null;
        }
        String derived = Index.derivedUniqueName(table.name(), List.of(part.column().name()));
        return Names.same(derived, index.name()) ? part.column() : null;
    }

    /** Whether a unique index is written as a table's {@code unique (a, b)}: columns only, the derived name. */
    private static boolean tableUnique(Table table, Index index) {
        if (!index.unique() || index.where() != null || index.parts().isEmpty()) {
            return false;
        }
        List<String> columns = new ArrayList<>();
        for (IndexPart part : index.parts()) {
            if (part.column() == null || !table.hasColumn(part.column().name())) {
                return false;
            }
            columns.add(part.column().name());
        }
        return Names.same(Index.derivedUniqueName(table.name(), columns), index.name());
    }

    private String index(Table table, Index index) {
        StringBuilder text = new StringBuilder();
        text.append(index.unique() ? "unique index " : "index ").append(PullNames.name(index.name()))
                .append(" on (").append(parts(table, index.parts())).append(')');
        if (index.where() != null) {
            text.append(" where ").append(expression(table, "the where of index " + index.name(), index.where()));
        }
        return text.toString();
    }

    private String parts(Table table, List<IndexPart> parts) {
        List<String> written = new ArrayList<>(parts.size());
        for (IndexPart part : parts) {
            StringBuilder text = new StringBuilder();
            if (part.column() != null) {
                text.append(PullNames.name(part.column().name()));
            } else {
                text.append(indexedExpression(expression(table, "an index expression", part.expression()),
                        part.expression()));
            }
            if (part.collation() != null) {
                text.append(" collate ").append(PullNames.name(part.collation()));
            }
            if (part.order() == SortOrder.ASC) {
                text.append(" asc");
            } else if (part.order() == SortOrder.DESC) {
                text.append(" desc");
            }
            written.add(text.toString());
        }
        return String.join(", ", written);
    }

    /**
     * An indexed expression, in parentheses unless it is one operand already (a call, a cast, a
     * case, a literal, a parenthesised expression), so that a {@code collate} written after it
     * applies to all of it, as in SQLite's text.
     */
    private static String indexedExpression(String sql, Expression expression) {
        Expr tree = expression.tree();
        boolean operand = tree instanceof Expr.FunctionCall || tree instanceof Expr.Cast || tree instanceof Expr.Case
                || tree instanceof Expr.Literal || tree instanceof Expr.Parens;
        return operand ? sql : "(" + sql + ")";
    }

    // ------------------------------------------------------------------ foreign keys and checks

    /** The column a foreign key is written on: one column, declared on it in the database. */
    private static NameRef onColumn(ForeignKey key) {
        return key.columnLevel() && key.columns().size() == 1 ? key.columns().get(0) : null;
    }

    private static String references(ForeignKey key) {
        StringBuilder text = new StringBuilder("references ").append(PullNames.name(key.targetTable().name()));
        if (!key.targetColumns().isEmpty()) {
            text.append('(').append(refs(key.targetColumns())).append(')');
        }
        if (key.onDelete() != null && key.onDelete() != ForeignKey.Action.NO_ACTION) {
            text.append(" on delete ").append(key.onDelete().words());
        }
        if (key.onUpdate() != null && key.onUpdate() != ForeignKey.Action.NO_ACTION) {
            text.append(" on update ").append(key.onUpdate().words());
        }
        if (key.deferrable() == ForeignKey.Deferrable.DEFERRABLE_INITIALLY_DEFERRED) {
            text.append(" deferrable initially deferred");
        } else if (key.deferrable() == ForeignKey.Deferrable.DEFERRABLE_INITIALLY_IMMEDIATE) {
            text.append(" deferrable initially immediate");
        }
        return text.toString();
    }

    private static String refs(List<NameRef> refs) {
        List<String> names = new ArrayList<>(refs.size());
        for (NameRef ref : refs) {
            names.add(ref.name());
        }
        return PullNames.names(names);
    }

    private String check(Table table, Check check) {
        String name = check.name() == null ? "" : PullNames.name(check.name()) + " ";
        String what = check.name() == null ? "a check" : "check " + check.name();
        return "check " + name + "(" + expression(table, what, check.expression()) + ")";
    }

    // ------------------------------------------------------------------ shared

    /**
     * The expression's SQL as stored, double-quoted strings as strings; a line break inside it (in
     * a string or a name) cannot be written.
     */
    private String expression(Table table, String what, Expression expression) {
        String sql = DoubleQuotedStrings.asStrings(expression.sql(), table::hasColumn);
        if (sql.indexOf('\n') >= 0 || sql.indexOf('\r') >= 0) {
            problems.add("table " + table.name() + ": " + what + " holds a line break inside a string or a name ("
                    + sql.replaceAll("[\r\n]+", "\\\\n") + "), which a .dschema file cannot write");
            return sql.replaceAll("[\r\n]+", " ");
        }
        return sql;
    }

    /** Text for a line comment: line breaks in a name would end it. */
    private static String comment(String text) {
        return text.replaceAll("[\r\n]+", " ");
    }
}
