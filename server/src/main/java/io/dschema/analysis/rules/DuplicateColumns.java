package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.TableRule;
import io.dschema.model.Column;
import io.dschema.model.Table;
import java.util.List;

/** DS1002: two columns of one table with the same name (as SQLite compares names). */
public final class DuplicateColumns implements TableRule {

    @Override
    public void check(AnalysisContext context, Table table, Reporter reporter) {
        TableColumns byName = TableColumns.of(context, table);
        List<Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            int first = byName.firstIndex(column.name());
            if (first < i) {
                Column earlier = columns.get(first);
                reporter.report(DiagnosticCode.DUPLICATE_COLUMN, "column " + column.name() + " is already declared in table "
                        + table.name() + " (line " + earlier.nameRange().line() + "): rename or remove one",
                        column.nameRange());
            }
        }
    }
}
