package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.TableRule;
import io.dschema.model.Check;
import io.dschema.model.Column;
import io.dschema.model.Expr;
import io.dschema.model.Expression;
import io.dschema.model.ForeignKey;
import io.dschema.model.Index;
import io.dschema.model.IndexPart;
import io.dschema.model.NameRef;
import io.dschema.model.Names;
import io.dschema.model.Table;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * DS1011: a column name the table does not have, wherever a table names its own columns: primary
 * key, index columns and expressions, partial index {@code where}, unique constraints, foreign key
 * columns (the parent's columns against the parent table, when the schema declares it), checks and
 * generated columns. Suggests the closest column name when one is close.
 *
 * <p>What it leaves to other rules: a check's reference qualified with another table (DS1030), any
 * reference in a default (DS1031), {@code rowid} as a foreign key's parent column (DS1013: SQLite says
 * "foreign key mismatch" there, not "no such column").
 *
 * <p>The rowid: in a rowid table, {@code rowid}, {@code oid} and {@code _rowid_} name it where no
 * column is called that, but SQLite only lets checks and partial index conditions read it: index
 * columns and expressions, keys and generated columns say "no such column: rowid" (tried with
 * SQLite 3.40).
 */
public final class UnknownColumns implements TableRule {

    @Override
    public void check(AnalysisContext context, Table table, Reporter reporter) {
        Scope own = new Scope(context, table, reporter);
        if (table.primaryKey() != null) {
            for (IndexPart part : table.primaryKey().columns()) {
                own.part(part, () -> "its primary key");
            }
        }
        for (Index index : table.indexes()) {
            Supplier<String> where = () -> index.origin() == Index.Origin.INDEX ? "index " + index.name()
                    : NameRuleSupport.derivedName(index, table)
                            ? "unique (" + String.join(", ", NameRuleSupport.partNames(index.parts())) + ")"
                            : "unique constraint " + index.name();
            for (IndexPart part : index.parts()) {
                own.part(part, where);
            }
            own.expression(index.where(), () -> "the where of " + where.get(), true);
        }
        for (ForeignKey foreignKey : table.foreignKeys()) {
            String target = foreignKey.targetTable().name();
            for (NameRef column : foreignKey.columns()) {
                own.column(column, () -> "a foreign key to " + target, false);
            }
            Optional<Table> parent = target.isEmpty() ? Optional.empty() : context.table(target);
            if (parent.isPresent() && !foreignKey.targetColumns().isEmpty()) {
                Scope parentScope = new Scope(context, parent.get(), reporter);
                for (NameRef column : foreignKey.targetColumns()) {
                    parentScope.parentColumn(column, table);
                }
            }
        }
        for (Check check : table.checks()) {
            own.check(check);
        }
        for (Column column : table.columns()) {
            if (column.generated() != null) {
                own.expression(column.generated().expression(), () -> "generated column " + column.name(), false);
            }
        }
    }

    /**
     * The columns of one table, and how to report a name it does not have. Where a name was written
     * ({@code where}) is put in words only for a report.
     */
    private static final class Scope {

        private final AnalysisContext context;
        private final Table table;
        private final TableColumns columns;
        private final Reporter reporter;

        Scope(AnalysisContext context, Table table, Reporter reporter) {
            this.context = context;
            this.table = table;
            this.columns = TableColumns.of(context, table);
            this.reporter = reporter;
        }

        void part(IndexPart part, Supplier<String> where) {
            if (part.column() != null) {
                column(part.column(), where, false);
            } else {
                expression(part.expression(), where, false);
            }
        }

        /** Every column reference of an expression; one qualified with another table is unknown here too. */
        void expression(Expression expression, Supplier<String> where, boolean rowidAllowed) {
            for (Expr node : ExpressionSites.nodes(context, table, expression)) {
                if (!(node instanceof Expr.ColumnRef ref)) {
                    continue;
                }
                if (ref.table() == null || Names.same(ref.table(), table.name())) {
                    column(ref.column(), where, rowidAllowed);
                } else if (!ref.column().name().isEmpty()) {
                    report(ref.table() + "." + ref.column().name(), ref.column(), where,
                            "name a column of " + table.name() + " (SQLite reads nothing but this table's row here)");
                }
            }
        }

        /** A check: references qualified with another table are DS1030's. */
        void check(Check check) {
            Supplier<String> where = () -> check.name() != null ? "check " + check.name()
                    : check.column() != null ? "the check of column " + check.column() : "a check";
            for (Expr node : ExpressionSites.nodes(context, table, check.expression())) {
                if (node instanceof Expr.ColumnRef ref && (ref.table() == null || Names.same(ref.table(), table.name()))) {
                    column(ref.column(), where, true);
                }
            }
        }

        void column(NameRef name, Supplier<String> where, boolean rowidAllowed) {
            if (name.name().isEmpty() || columns.has(name.name())) {
                return;
            }
            if (NameRuleSupport.isRowidName(name.name())) {
                if (rowidAllowed && !table.withoutRowid()) {
                    return;
                }
                Optional<Column> alias = columns.rowidAlias();
                report(name.name(), name, where, table.withoutRowid() ? "a without rowid table has no rowid"
                        : alias.isPresent() ? "only checks and partial index conditions can read the rowid; name "
                                + alias.get().name() + ", which aliases it"
                        : "only checks and partial index conditions can read the rowid; declare an "
                                + "'integer primary key' column (it aliases the rowid) and name it");
                return;
            }
            report(name.name(), name, where, null);
        }

        /** A foreign key's parent column; {@code rowid} is DS1013's. */
        void parentColumn(NameRef name, Table child) {
            if (name.name().isEmpty() || columns.has(name.name())
                    || NameRuleSupport.isRowidName(name.name()) && !table.withoutRowid()) {
                return;
            }
            report(name.name(), name, () -> "a foreign key of table " + child.name(), null);
        }

        private void report(String shown, NameRef name, Supplier<String> where, String fix) {
            if (fix == null) {
                String suggestion = NameRuleSupport.closest(name.name(),
                        table.columns().stream().map(Column::name).toList());
                fix = suggestion != null ? "did you mean " + suggestion + "?" : "declare the column or fix the name";
            }
            reporter.report(DiagnosticCode.UNKNOWN_COLUMN, "table " + table.name() + " has no column " + shown
                    + " (named in " + where.get() + "): " + fix, name.range());
        }
    }
}
