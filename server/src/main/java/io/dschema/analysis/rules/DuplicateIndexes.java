package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.TableRule;
import io.dschema.model.Index;
import io.dschema.model.Names;
import io.dschema.model.Schema;
import io.dschema.model.Table;
import java.util.HashMap;
import java.util.Map;

/**
 * DS1003: two indexes with the same name anywhere in the schema. SQLite's index names are
 * schema-wide (not per table), and a column {@code unique} or a table {@code unique (...)} becomes
 * an index with a derived name ({@code users_email_unique}), so a written index can clash with one
 * the user never spelled. The second one is reported, naming the first.
 */
public final class DuplicateIndexes implements TableRule {

    private record Declared(Index index, Table table) {
    }

    /** The first index with each name (folded), over the tables checked so far; sized for a few per table. */
    private static final AnalysisContext.Shared<Schema, Map<String, Declared>> FIRST =
            AnalysisContext.Shared.perSchema((context, schema) ->
                    new HashMap<>(AnalysisContext.capacity(schema.tables().size() * 4)));

    @Override
    public void check(AnalysisContext context, Table table, Reporter reporter) {
        if (table.indexes().isEmpty()) {
            return;
        }
        Map<String, Declared> first = context.shared(FIRST, context.schema());
        for (Index index : table.indexes()) {
            if (index.name().isEmpty()) {
                continue; // cut short by a syntax error, reported already
            }
            Declared earlier = first.putIfAbsent(Names.fold(index.name()), new Declared(index, table));
            if (earlier != null) {
                reporter.report(DiagnosticCode.DUPLICATE_INDEX, message(index, table, earlier), index.nameRange());
            }
        }
    }

    private static String message(Index index, Table table, Declared earlier) {
        return NameRuleSupport.describe(index, table) + " has the same name as "
                + NameRuleSupport.describe(earlier.index(), earlier.table()) + " at "
                + NameRuleSupport.at(earlier.index().nameRange()) + ": " + fix(index, table, earlier);
    }

    private static String fix(Index index, Table table, Declared earlier) {
        if (!NameRuleSupport.derivedName(index, table)) {
            return "rename this one";
        }
        if (NameRuleSupport.derivedName(earlier.index(), earlier.table())) {
            // Both derived: the same columns are made unique twice (or table names make the names meet).
            return earlier.table() == table ? "remove one of the two unique constraints"
                    : "name one of them with 'unique NAME (...)'";
        }
        return "rename " + earlier.index().name() + ", or name this constraint with 'unique NAME ("
                + String.join(", ", NameRuleSupport.partNames(index.parts())) + ")'";
    }
}
