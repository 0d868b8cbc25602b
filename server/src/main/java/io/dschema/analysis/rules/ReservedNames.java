package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.TableRule;
import io.dschema.model.Index;
import io.dschema.model.Table;

/**
 * DS1005: a table or index name starting with {@code sqlite_} in any ASCII case. SQLite refuses it
 * ("object name reserved for internal use"). A derived unique index name starts that way only when
 * its table's name does, which is reported already, so only written index names are checked.
 */
public final class ReservedNames implements TableRule {

    private static final String PREFIX = "sqlite_";

    @Override
    public void check(AnalysisContext context, Table table, Reporter reporter) {
        if (reserved(table.name())) {
            reporter.report(DiagnosticCode.RESERVED_NAME, "table " + table.name()
                    + ": names starting with sqlite_ are reserved by SQLite; rename the table", table.nameRange());
        }
        for (Index index : table.indexes()) {
            if (reserved(index.name()) && !NameRuleSupport.derivedName(index, table)) {
                reporter.report(DiagnosticCode.RESERVED_NAME, "index " + index.name() + " of table " + table.name()
                        + ": names starting with sqlite_ are reserved by SQLite; rename the index", index.nameRange());
            }
        }
    }

    /** {@code Names.startsWith(name, "sqlite_")} without cutting a copy of every name. */
    private static boolean reserved(String name) {
        if (name.length() < PREFIX.length()) {
            return false;
        }
        for (int i = 0; i < PREFIX.length(); i++) {
            char c = name.charAt(i);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != PREFIX.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
