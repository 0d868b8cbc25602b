package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.TableRule;
import io.dschema.model.Table;

/** DS2003: a {@code without rowid} table needs a primary key (SQLite: "PRIMARY KEY missing on table t"). */
public final class WithoutRowidWithoutPrimaryKey implements TableRule {

    @Override
    public void check(AnalysisContext context, Table table, Reporter reporter) {
        if (table.withoutRowid() && table.primaryKey() == null) {
            reporter.report(DiagnosticCode.WITHOUT_ROWID_WITHOUT_PRIMARY_KEY, "table " + table.name()
                    + " is without rowid but has no primary key: add one (a column's 'primary key', or "
                    + "'primary key (a, b)'), or remove 'without rowid'", table.nameRange());
        }
    }
}
