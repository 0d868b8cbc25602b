package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.Rule;
import io.dschema.model.Column;
import io.dschema.model.Expr;
import io.dschema.model.Exprs;
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
public final class CustomCollation implements Rule {

    private static final Set<String> BUILT_IN = Set.of("binary", "nocase", "rtrim");

    @Override
    public void check(AnalysisContext context, Reporter reporter) {
        for (Table table : context.schema().tables()) {
            for (Column column : table.columns()) {
                // The model keeps no range for the collate clause: the column's name stands for it.
                report(reporter, column.collation(), "on column " + ConstraintRules.qualified(table, column), column.nameRange());
            }
            if (table.primaryKey() != null) {
                for (IndexPart part : table.primaryKey().columns()) {
                    report(reporter, part.collation(), "on the primary key of table " + table.name(), part.range());
                }
            }
            for (Index index : table.indexes()) {
                for (IndexPart part : index.parts()) {
                    report(reporter, part.collation(), "on " + ConstraintRules.indexOwner(index), part.range());
                }
            }
            ConstraintRules.forEachExpression(table, site -> Exprs.walk(site.tree(), expr -> {
                if (expr instanceof Expr.Collate collate) {
                    report(reporter, collate.collation(), "in " + site.owner(), collate.range());
                }
            }));
        }
    }

    private static void report(Reporter reporter, String collation, String where, SourceRange range) {
        if (collation == null || collation.isEmpty() || BUILT_IN.contains(Names.fold(collation))) {
            return;
        }
        reporter.report(DiagnosticCode.CUSTOM_COLLATION, "collation '" + collation + "' " + where
                + " is not built into SQLite: register it in every program that opens the database, "
                + "or use binary, nocase or rtrim", range);
    }
}
