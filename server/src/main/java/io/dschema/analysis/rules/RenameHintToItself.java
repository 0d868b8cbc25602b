package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.TableRule;
import io.dschema.model.Column;
import io.dschema.model.NameRef;
import io.dschema.model.Table;

/**
 * DS1021 (warning): {@code renamed from X} where X is the object's own name (as SQLite compares
 * names, so {@code Users renamed from users} is no rename either). It does nothing; a change of
 * case alone is not a rename to SQLite.
 */
public final class RenameHintToItself implements TableRule {

    @Override
    public void check(AnalysisContext context, Table table, Reporter reporter) {
        NameRef hint = table.renamedFrom();
        if (hint != null && hint.is(table.name())) {
            reporter.report(DiagnosticCode.RENAME_HINT_TO_ITSELF, "table " + table.name()
                    + " is renamed from its own name: remove 'renamed from " + hint.name() + "'", hint.range());
        }
        for (Column column : table.columns()) {
            NameRef columnHint = column.renamedFrom();
            if (columnHint != null && columnHint.is(column.name())) {
                reporter.report(DiagnosticCode.RENAME_HINT_TO_ITSELF, "column " + table.name() + "." + column.name()
                        + " is renamed from its own name: remove 'renamed from " + columnHint.name() + "'",
                        columnHint.range());
            }
        }
    }
}
