package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.Rule;
import io.dschema.model.Column;
import io.dschema.model.Names;
import io.dschema.model.Table;
import java.util.HashMap;
import java.util.Map;

/** DS1002: two columns of one table with the same name (as SQLite compares names). */
public final class DuplicateColumns implements Rule {

    @Override
    public void check(AnalysisContext context, Reporter reporter) {
        for (Table table : context.schema().tables()) {
            Map<String, Column> first = new HashMap<>();
            for (Column column : table.columns()) {
                Column earlier = first.putIfAbsent(Names.fold(column.name()), column);
                if (earlier != null) {
                    reporter.report(DiagnosticCode.DUPLICATE_COLUMN, "column " + column.name() + " is already declared in table "
                            + table.name() + " (line " + earlier.nameRange().line() + "): rename or remove one",
                            column.nameRange());
                }
            }
        }
    }
}
