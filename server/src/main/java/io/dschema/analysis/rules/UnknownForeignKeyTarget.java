package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.TableRule;
import io.dschema.model.ForeignKey;
import io.dschema.model.Table;

/** DS1010: a foreign key to a table no file of the schema declares. */
public final class UnknownForeignKeyTarget implements TableRule {

    @Override
    public void check(AnalysisContext context, Table table, Reporter reporter) {
        for (ForeignKey foreignKey : table.foreignKeys()) {
            String target = foreignKey.targetTable().name();
            if (!target.isEmpty() && context.table(target).isEmpty()) {
                reporter.report(DiagnosticCode.UNKNOWN_TABLE, "table " + table.name() + " references table " + target
                        + ", which the schema does not declare: declare it or fix the name",
                        foreignKey.targetTable().range());
            }
        }
    }
}
