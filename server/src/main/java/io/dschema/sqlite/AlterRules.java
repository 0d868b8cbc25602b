package io.dschema.sqlite;

import io.dschema.diff.SchemaChange;
import io.dschema.model.Check;
import io.dschema.model.Column;
import io.dschema.model.Expr;
import io.dschema.model.Expression;
import io.dschema.model.Exprs;
import io.dschema.model.ForeignKey;
import io.dschema.model.Index;
import io.dschema.model.IndexPart;
import io.dschema.model.Names;
import io.dschema.model.Schema;
import io.dschema.model.Table;

import java.util.List;

/**
 * Which changes SQLite's ALTER TABLE can make in place (lang_altertable.html, "ADD COLUMN" and
 * "DROP COLUMN" restrictions); every other change of a table goes through the 12-step rebuild.
 */
final class AlterRules {

    private AlterRules() {
    }

    /** Whether the table's changes, taken together, need a rebuild. */
    static boolean needsRebuild(TableDiff diff, Schema before) {
        for (SchemaChange change : diff.changes) {
            if (needsRebuild(diff, change, before)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A unique constraint written inside the baseline's CREATE TABLE (inline {@code UNIQUE}) is an
     * automatic index that {@code DROP INDEX} cannot remove: dropping it (or renaming its derived
     * name) takes a rebuild, which writes every unique as a separate index.
     */
    static boolean dropsConstraintIndex(TableDiff diff) {
        return diff.of(SchemaChange.DropIndex.class).stream()
                .anyMatch(drop -> drop.index().origin() != io.dschema.model.Index.Origin.INDEX);
    }

    private static boolean needsRebuild(TableDiff diff, SchemaChange change, Schema before) {
        if (change instanceof SchemaChange.AlterColumn || change instanceof SchemaChange.ChangePrimaryKey
                || change instanceof SchemaChange.ChangeTableOptions || change instanceof SchemaChange.DropForeignKey
                || change instanceof SchemaChange.DropCheck) {
            return true;
        }
        if (change instanceof SchemaChange.AddForeignKey add) {
            return !inlineForeignKey(diff, add.foreignKey());
        }
        if (change instanceof SchemaChange.AddCheck add) {
            return !inlineCheck(diff, add.check());
        }
        if (change instanceof SchemaChange.AddColumn add) {
            return !canAddInPlace(diff.after, add.column());
        }
        if (change instanceof SchemaChange.DropColumn drop) {
            return !canDropInPlace(diff, drop.column().name(), before);
        }
        return false;
    }

    /** A single-column foreign key on a column added in place travels with its ADD COLUMN. */
    static boolean inlineForeignKey(TableDiff diff, ForeignKey foreignKey) {
        return foreignKey.columns().size() == 1 && diff.isAdded(foreignKey.columns().get(0).name())
                && diff.after.column(foreignKey.columns().get(0).name()).map(c -> canAddInPlace(diff.after, c)).orElse(false);
    }

    /** A check written on a column added in place travels with its ADD COLUMN. */
    static boolean inlineCheck(TableDiff diff, Check check) {
        return check.column() != null && diff.isAdded(check.column())
                && diff.after.column(check.column()).map(c -> canAddInPlace(diff.after, c)).orElse(false);
    }

    /** ADD COLUMN's restrictions, for a column of {@code after}. */
    static boolean canAddInPlace(Table after, Column column) {
        if (after.primaryKey() != null && after.primaryKey().covers(column.name())) {
            return false;
        }
        boolean nullDefault = column.defaultValue() == null || isNullLiteral(column.defaultValue().expression());
        if (column.notNull() && nullDefault && column.generated() == null) {
            return false;
        }
        if (column.defaultValue() != null && !isConstantLiteral(column.defaultValue().expression(), column.defaultValue().parenthesized())) {
            return false;
        }
        if (column.generated() != null && column.generated().stored()) {
            return false;
        }
        for (ForeignKey foreignKey : after.foreignKeys()) {
            boolean onColumn = foreignKey.columns().stream().anyMatch(c -> c.is(column.name()));
            if (onColumn && (foreignKey.columns().size() > 1 || !nullDefault)) {
                return false;
            }
        }
        for (Check check : after.checks()) {
            if (check.column() == null && references(check.expression(), column.name())) {
                return false;
            }
        }
        return true;
    }

    /** DROP COLUMN's restrictions, for a baseline column of the table. */
    static boolean canDropInPlace(TableDiff diff, String column, Schema before) {
        Table table = diff.before;
        if (table.primaryKey() != null && table.primaryKey().covers(column)) {
            return false;
        }
        for (Index index : table.indexes()) {
            if (usesColumn(index, column) && !isDropped(diff, index)) {
                return false;
            }
        }
        for (ForeignKey foreignKey : table.foreignKeys()) {
            if (foreignKey.columns().stream().anyMatch(c -> c.is(column))) {
                return false;
            }
        }
        for (Table other : before.tables()) {
            for (ForeignKey foreignKey : other.foreignKeys()) {
                if (foreignKey.targetTable().is(table.name()) && foreignKey.targetColumns().stream().anyMatch(c -> c.is(column))) {
                    return false;
                }
            }
        }
        for (Check check : table.checks()) {
            boolean own = check.column() != null && Names.same(check.column(), column);
            if (!own && references(check.expression(), column)) {
                return false;
            }
        }
        for (Column other : table.columns()) {
            if (other.generated() != null && references(other.generated().expression(), column)) {
                return false;
            }
        }
        // SqlObject knows the tables a view or trigger reads, not the columns: any one on this table
        // may name the column, and DROP COLUMN fails when it does; the rebuild recreates them.
        return DependentObjects.of(before, List.of(table.name())).isEmpty();
    }

    private static boolean isDropped(TableDiff diff, Index index) {
        return diff.of(SchemaChange.DropIndex.class).stream().anyMatch(drop -> Names.same(drop.index().name(), index.name()));
    }

    static boolean usesColumn(Index index, String column) {
        for (IndexPart part : index.parts()) {
            if (part.column() != null ? part.column().is(column) : references(part.expression(), column)) {
                return true;
            }
        }
        return index.where() != null && references(index.where(), column);
    }

    static boolean references(Expression expression, String column) {
        if (expression == null) {
            return false;
        }
        return Exprs.collect(expression.tree(), Expr.ColumnRef.class).stream().anyMatch(ref -> ref.column() != null && ref.column().is(column));
    }

    private static boolean isNullLiteral(Expression expression) {
        return expression.tree() instanceof Expr.Literal literal && literal.kind() == Expr.LiteralKind.NULL;
    }

    /** A number (optionally signed), string, blob, null, true or false: not CURRENT_* and not an expression in parentheses. */
    private static boolean isConstantLiteral(Expression expression, boolean parenthesized) {
        if (parenthesized) {
            return false;
        }
        Expr tree = expression.tree();
        if (tree instanceof Expr.Unary unary && (unary.operator().equals("-") || unary.operator().equals("+"))) {
            tree = unary.operand();
        }
        return tree instanceof Expr.Literal literal && literal.kind() != Expr.LiteralKind.CURRENT_TIME
                && literal.kind() != Expr.LiteralKind.CURRENT_DATE && literal.kind() != Expr.LiteralKind.CURRENT_TIMESTAMP;
    }
}
