package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.TableRule;
import io.dschema.model.Check;
import io.dschema.model.Names;
import io.dschema.model.Table;
import java.util.HashMap;
import java.util.Map;

/**
 * DS1006: two checks of one table with the same name. SQLite itself accepts that, but the name is
 * how a check is told apart from the others in a diff, a hover or an error SQLite raises
 * ("CHECK constraint failed: NAME"), so it must say which one. Named uniques are indexes: a clash
 * between them is DS1003.
 */
public final class DuplicateCheckNames implements TableRule {

    @Override
    public void check(AnalysisContext context, Table table, Reporter reporter) {
        int named = 0;
        for (Check check : table.checks()) {
            if (named(check)) {
                named++;
            }
        }
        if (named < 2) {
            return;
        }
        Map<String, Check> first = new HashMap<>();
        for (Check check : table.checks()) {
            if (!named(check)) {
                continue;
            }
            Check earlier = first.putIfAbsent(Names.fold(check.name()), check);
            if (earlier != null) {
                reporter.report(DiagnosticCode.DUPLICATE_CONSTRAINT_NAME, "check " + check.name()
                        + " is already declared in table " + table.name() + " at " + NameRuleSupport.at(earlier.range())
                        + ": rename one of the two checks", check.range());
            }
        }
    }

    private static boolean named(Check check) {
        return check.name() != null && !check.name().isEmpty();
    }
}
