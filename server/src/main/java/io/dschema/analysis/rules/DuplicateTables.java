package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.TableRule;
import io.dschema.model.Names;
import io.dschema.model.Schema;
import io.dschema.model.SourceRange;
import io.dschema.model.Table;
import java.util.HashMap;
import java.util.Map;

/** DS1001: a table declared twice, across all files of the schema; names compare as SQLite's do. */
public final class DuplicateTables implements TableRule {

    /** The first table with each name (folded), over the tables checked so far. */
    private static final AnalysisContext.Shared<Schema, Map<String, Table>> FIRST =
            AnalysisContext.Shared.perSchema((context, schema) ->
                    new HashMap<>(AnalysisContext.capacity(schema.tables().size())));

    @Override
    public void check(AnalysisContext context, Table table, Reporter reporter) {
        Table earlier = context.shared(FIRST, context.schema()).putIfAbsent(Names.fold(table.name()), table);
        if (earlier != null) {
            reporter.report(DiagnosticCode.DUPLICATE_TABLE, "table " + table.name() + " is already declared at "
                    + where(earlier.nameRange()) + ": rename one of them or remove it", table.nameRange());
        }
    }

    static String where(SourceRange range) {
        return range.file() + ":" + range.line() + ":" + range.column();
    }
}
