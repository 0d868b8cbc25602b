package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.TableRule;
import io.dschema.model.Column;
import io.dschema.model.NameRef;
import io.dschema.model.Names;
import io.dschema.model.Schema;
import io.dschema.model.Table;
import java.util.HashMap;
import java.util.Map;

/**
 * DS1020: two tables renamed from the same old name, or two columns of one table renamed from the
 * same old name. One old object can only become one new one; the second hint is reported.
 */
public final class DuplicateRenameHints implements TableRule {

    /** The first table renamed from each old name (folded), over the tables checked so far. */
    private static final AnalysisContext.Shared<Schema, Map<String, Table>> FIRST_TABLE_RENAMED_FROM =
            AnalysisContext.Shared.perSchema((context, schema) -> new HashMap<>());

    @Override
    public void check(AnalysisContext context, Table table, Reporter reporter) {
        NameRef hint = table.renamedFrom();
        if (hint != null && !hint.name().isEmpty()) {
            Table earlier = context.shared(FIRST_TABLE_RENAMED_FROM, context.schema()).putIfAbsent(Names.fold(hint.name()), table);
            if (earlier != null) {
                reporter.report(DiagnosticCode.DUPLICATE_RENAME_HINT, "table " + table.name() + " is renamed from "
                        + hint.name() + ", and so is table " + earlier.name() + " at " + NameRuleSupport.at(earlier.nameRange())
                        + ": keep the hint only on the table that " + hint.name() + " became", hint.range());
            }
        }
        columns(table, reporter);
    }

    private static void columns(Table table, Reporter reporter) {
        Map<String, Column> first = null;
        for (Column column : table.columns()) {
            NameRef hint = column.renamedFrom();
            if (hint == null || hint.name().isEmpty()) {
                continue;
            }
            if (first == null) {
                first = new HashMap<>();
            }
            Column earlier = first.putIfAbsent(Names.fold(hint.name()), column);
            if (earlier != null) {
                reporter.report(DiagnosticCode.DUPLICATE_RENAME_HINT, "column " + table.name() + "." + column.name()
                        + " is renamed from " + hint.name() + ", and so is column " + table.name() + "." + earlier.name() + " at "
                        + NameRuleSupport.at(earlier.nameRange()) + ": keep the hint only on the column that "
                        + hint.name() + " became", hint.range());
            }
        }
    }
}
