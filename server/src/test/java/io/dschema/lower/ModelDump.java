package io.dschema.lower;

import io.dschema.model.Check;
import io.dschema.model.Column;
import io.dschema.model.Expr;
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
import java.util.stream.Collectors;

/**
 * A stable, readable text of a model, without source positions: lowering goldens compare it, and
 * the formatter's tests compare it before and after formatting (same text = same meaning).
 */
public final class ModelDump {

    /** Whether expressions show their SQL text, which depends on layout, besides their tree. */
    private final boolean withSql;

    private ModelDump(boolean withSql) {
        this.withSql = withSql;
    }

    /** Everything, expression texts included: what lowering goldens compare. */
    public static String of(Schema schema) {
        return new ModelDump(true).dump(schema);
    }

    /**
     * What the schema means, whatever its layout: no expression texts, keyword literals in lower
     * case. The formatter's tests compare this before and after formatting.
     */
    public static String meaning(Schema schema) {
        return new ModelDump(false).dump(schema);
    }

    private String dump(Schema schema) {
        StringBuilder out = new StringBuilder();
        for (Table table : schema.tables()) {
            table(out, table);
        }
        return out.toString();
    }

    private void table(StringBuilder out, Table table) {
        out.append("table ").append(table.name());
        if (table.strict()) out.append(" strict");
        if (table.withoutRowid()) out.append(" without-rowid");
        if (table.renamedFrom() != null) out.append(" renamed-from=").append(table.renamedFrom().name());
        if (table.doc() != null) out.append(" doc=").append(quote(table.doc()));
        out.append('\n');
        for (Column column : table.columns()) {
            out.append("  column ").append(column.name());
            out.append(" type=").append(column.type() == null ? "-" : column.type());
            if (column.nullability() != Column.Nullability.UNSPECIFIED) out.append(' ').append(column.nullability());
            if (column.defaultValue() != null) {
                out.append(" default").append(column.defaultValue().parenthesized() ? "(expr)" : "")
                        .append('=').append(expr(column.defaultValue().expression()));
            }
            if (column.collation() != null) out.append(" collate=").append(column.collation());
            if (column.generated() != null) {
                out.append(" generated").append(column.generated().stored() ? "-stored" : "-virtual")
                        .append('=').append(expr(column.generated().expression()));
            }
            if (column.renamedFrom() != null) out.append(" renamed-from=").append(column.renamedFrom().name());
            if (column.doc() != null) out.append(" doc=").append(quote(column.doc()));
            out.append('\n');
        }
        PrimaryKey key = table.primaryKey();
        if (key != null) {
            out.append("  primary-key").append(key.columnLevel() ? "(column)" : "").append(' ').append(parts(key.columns()));
            if (key.autoincrement()) out.append(" autoincrement");
            out.append('\n');
        }
        table.rowidAlias().ifPresent(alias -> out.append("  rowid-alias ").append(alias.name()).append('\n'));
        for (Index index : table.indexes()) {
            out.append("  ").append(index.unique() ? "unique-index " : "index ").append(index.name())
                    .append(" origin=").append(index.origin()).append(' ').append(parts(index.parts()));
            if (index.where() != null) out.append(" where=").append(expr(index.where()));
            if (index.doc() != null) out.append(" doc=").append(quote(index.doc()));
            out.append('\n');
        }
        for (ForeignKey fk : table.foreignKeys()) {
            out.append("  foreign-key").append(fk.columnLevel() ? "(column)" : "").append(' ').append(names(fk.columns()))
                    .append(" -> ").append(fk.targetTable().name()).append(names(fk.targetColumns()));
            if (fk.onDelete() != ForeignKey.Action.NO_ACTION) out.append(" on-delete=").append(fk.onDelete());
            if (fk.onUpdate() != ForeignKey.Action.NO_ACTION) out.append(" on-update=").append(fk.onUpdate());
            if (fk.deferrable() != ForeignKey.Deferrable.NOT_DEFERRABLE) out.append(' ').append(fk.deferrable());
            out.append('\n');
        }
        for (Check check : table.checks()) {
            out.append("  check");
            if (check.name() != null) out.append(' ').append(check.name());
            if (check.column() != null) out.append(" on-column=").append(check.column());
            out.append(' ').append(expr(check.expression())).append('\n');
        }
    }

    private String parts(List<IndexPart> parts) {
        return parts.stream().map(part -> {
            String text = part.column() != null ? part.column().name() : "expr:" + expr(part.expression());
            if (part.collation() != null) text += " collate " + part.collation();
            if (part.order() != SortOrder.NONE) text += " " + part.order();
            return text;
        }).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String names(List<NameRef> names) {
        return names.stream().map(NameRef::name).collect(Collectors.joining(", ", "(", ")"));
    }

    /** The SQL text, then the tree in prefix form, so a golden shows how the expression was read. */
    private String expr(Expression expression) {
        return withSql ? quote(expression.sql()) + " " + tree(expression.tree()) : tree(expression.tree());
    }

    private String tree(Expr expr) {
        if (expr == null) {
            return "<missing>";
        }
        if (expr instanceof Expr.Literal l) {
            boolean keyword = l.kind() != Expr.LiteralKind.INTEGER && l.kind() != Expr.LiteralKind.REAL
                    && l.kind() != Expr.LiteralKind.STRING && l.kind() != Expr.LiteralKind.BLOB;
            return l.kind() + ":" + (keyword && !withSql ? l.text().toLowerCase(java.util.Locale.ROOT) : l.text());
        }
        if (expr instanceof Expr.ColumnRef c) {
            return "col:" + (c.table() != null ? c.table() + "." : "") + c.column().name();
        }
        if (expr instanceof Expr.Parameter p) {
            return "param:" + p.text();
        }
        if (expr instanceof Expr.Unary u) {
            return "(" + u.operator() + " " + tree(u.operand()) + ")";
        }
        if (expr instanceof Expr.Binary b) {
            return "(" + b.operator() + " " + tree(b.left()) + " " + tree(b.right()) + ")";
        }
        if (expr instanceof Expr.Like l) {
            return "(" + (l.not() ? "not " : "") + l.operator() + " " + tree(l.operand()) + " "
                    + tree(l.pattern()) + (l.escape() != null ? " escape " + tree(l.escape()) : "") + ")";
        }
        if (expr instanceof Expr.Between b) {
            return "(" + (b.not() ? "not " : "") + "between " + tree(b.operand()) + " " + tree(b.low())
                    + " " + tree(b.high()) + ")";
        }
        if (expr instanceof Expr.In i) {
            return "(" + (i.not() ? "not " : "") + "in " + tree(i.operand()) + " "
                    + (i.table() != null ? "table:" + i.table().name()
                    : i.values().stream().map(this::tree).collect(Collectors.joining(" ", "[", "]"))) + ")";
        }
        if (expr instanceof Expr.NullTest n) {
            return "(" + (n.isNull() ? "isnull " : "notnull ") + tree(n.operand()) + ")";
        }
        if (expr instanceof Expr.FunctionCall f) {
            return f.name().name() + "(" + (f.distinct() ? "distinct " : "") + (f.star() ? "*" : "")
                    + f.arguments().stream().map(this::tree).collect(Collectors.joining(" ")) + ")"
                    + (f.filter() ? " filter" : "") + (f.over() ? " over" : "");
        }
        if (expr instanceof Expr.Case c) {
            return "(case" + (c.operand() != null ? " " + tree(c.operand()) : "")
                    + c.whens().stream().map(w -> " when " + tree(w.condition()) + " then " + tree(w.result()))
                    .collect(Collectors.joining()) + (c.otherwise() != null ? " else " + tree(c.otherwise()) : "") + ")";
        }
        if (expr instanceof Expr.Cast c) {
            return "(cast " + tree(c.operand()) + " as " + c.type() + ")";
        }
        if (expr instanceof Expr.Collate c) {
            return "(collate " + tree(c.operand()) + " " + c.collation() + ")";
        }
        if (expr instanceof Expr.Parens p) {
            return p.items().stream().map(this::tree).collect(Collectors.joining(", ", "[", "]"));
        }
        if (expr instanceof Expr.Subquery s) {
            return "subquery:" + quote(s.sql());
        }
        if (expr instanceof Expr.Raise r) {
            return "raise:" + quote(r.sql());
        }
        throw new IllegalArgumentException("unknown expression " + expr);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
