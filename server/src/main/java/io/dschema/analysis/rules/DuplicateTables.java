package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.Rule;
import io.dschema.model.Names;
import io.dschema.model.SourceRange;
import io.dschema.model.Table;
import java.util.HashMap;
import java.util.Map;

/** DS1001: a table declared twice, across all files of the schema; names compare as SQLite's do. */
public final class DuplicateTables implements Rule {

    @Override
    public void check(AnalysisContext context, Reporter reporter) {
        Map<String, Table> first = new HashMap<>();
        for (Table table : context.schema().tables()) {
            Table earlier = first.putIfAbsent(Names.fold(table.name()), table);
            if (earlier != null) {
                reporter.report(DiagnosticCode.DUPLICATE_TABLE, "table " + table.name() + " is already declared at "
                        + where(earlier.nameRange()) + ": rename one of them or remove it", table.nameRange());
            }
        }
    }

    static String where(SourceRange range) {
        return range.file() + ":" + range.line() + ":" + range.column();
    }
}
