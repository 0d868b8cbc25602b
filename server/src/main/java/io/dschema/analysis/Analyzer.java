package io.dschema.analysis;

import io.dschema.model.Schema;
import io.dschema.model.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs every semantic rule over a schema. Schema-wide rules run once; table rules run table by
 * table (all of them on one table, then the next), which reads each table once instead of once per
 * rule. Each rule reports into its own list, and the lists are joined in the order of
 * {@link Rules#ALL} before the sort by place, so the result is the same as running the rules one
 * after the other.
 */
public final class Analyzer {

    private Analyzer() {
    }

    public static List<Diagnostic> analyze(Schema schema) {
        AnalysisContext context = new AnalysisContext(schema);
        List<Rule> rules = Rules.ALL;
        Reporter[] reporters = new Reporter[rules.size()];
        TableRule[] tableRules = new TableRule[rules.size()];
        Reporter[] tableReporters = new Reporter[rules.size()];
        int tableRuleCount = 0;
        for (int i = 0; i < rules.size(); i++) {
            reporters[i] = new Reporter();
            if (rules.get(i) instanceof TableRule tableRule) {
                tableRules[tableRuleCount] = tableRule;
                tableReporters[tableRuleCount] = reporters[i];
                tableRuleCount++;
            } else {
                rules.get(i).check(context, reporters[i]);
            }
        }
        for (Table table : schema.tables()) {
            for (int i = 0; i < tableRuleCount; i++) {
                tableRules[i].check(context, table, tableReporters[i]);
            }
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Reporter reporter : reporters) {
            diagnostics.addAll(reporter.diagnostics());
        }
        diagnostics.sort(Comparator.comparing((Diagnostic d) -> d.range().file())
                .thenComparingInt(d -> d.range().start()));
        return diagnostics;
    }
}
