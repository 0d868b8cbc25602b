package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.TableRule;
import io.dschema.model.Column;
import io.dschema.model.Expr;
import io.dschema.model.Index;
import io.dschema.model.IndexPart;
import io.dschema.model.Names;
import io.dschema.model.SourceRange;
import io.dschema.model.Table;
import java.util.Set;

/**
 * DS2009: a collation other than SQLite's built-in {@code binary}, {@code nocase} and {@code rtrim}
 * (ASCII case ignored), on a column, a key or index column, or in any schema expression. SQLite
 * refuses a CREATE that names a collation the connection has not registered ("no such collation
 * sequence"), so every program that opens the database must register it, and the tools, which
 * cannot, do not check what it does.
 */
public final class CustomCollation implements TableRule {

    private static final Set<String> BUILT_IN = Set.of("binary", "nocase", "rtrim");

    @Override
    public void check(AnalysisContext context, Table table, Reporter reporter) {
        for (Column column : table.columns()) {
            if (custom(column.collation())) {
                // The model keeps no range for the collate clause: the column's name stands for it.
                report(reporter, column.collation(), "on column " + ConstraintRules.qualified(table, column),
                        column.nameRange());
            }
        }
        if (table.primaryKey() != null) {
            for (IndexPart part : table.primaryKey().columns()) {
                if (custom(part.collation())) {
                    report(reporter, part.collation(), "on the primary key of table " + table.name(), part.range());
                }
            }
        }
        for (Index index : table.indexes()) {
            for (IndexPart part : index.parts()) {
                if (custom(part.collation())) {
                    report(reporter, part.collation(), "on " + ConstraintRules.indexOwner(index), part.range());
                }
            }
        }
        for (ExpressionSites.Site site : ExpressionSites.of(context, table)) {
            for (Expr expr : site.nodes()) {
                if (expr instanceof Expr.Collate collate && custom(collate.collation())) {
                    report(reporter, collate.collation(), "in " + site.owner(), collate.range());
                }
            }
        }
    }

    /** A collation that is written and is none of SQLite's own. */
    private static boolean custom(String collation) {
        return collation != null && !collation.isEmpty() && !BUILT_IN.contains(Names.fold(collation));
    }

    private static void report(Reporter reporter, String collation, String where, SourceRange range) {
        reporter.report(DiagnosticCode.CUSTOM_COLLATION, "collation '" + collation + "' " + where
                + " is not built into SQLite: register it in every program that opens the database, "
                + "or use binary, nocase or rtrim", range);
    }
}
