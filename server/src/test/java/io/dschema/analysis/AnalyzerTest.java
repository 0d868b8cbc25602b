package io.dschema.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dschema.model.Schema;
import io.dschema.model.SqlObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The analyzer runs the table rules table by table; what it returns must be exactly what running
 * each rule over the whole schema, one rule after the other, returns: same diagnostics, same order,
 * ties at one place included.
 */
class AnalyzerTest {

    /** Many findings, several at one place (a reserved name that is also a duplicate, a clash). */
    private static final String SCHEMA = """
            table sqlite_stats {
              id integer primary key autoincrement
              name string
              name text nott null
              total integer check (sum(total) > 0 and random() > 0)
              created_at text as (datetime('now')) default 1
              a integer as (b + 1)
              b integer as (a - 1)
              c integer as (c)
              label text collate custom check (label glob ?)

              index sqlite_stats on (lower(nme), count(id)) where day > current_date
              index dup on (id)
            }

            table SQLITE_STATS without rowid {
              id integer
              ref integer references nowhere
              other integer references sqlite_stats(name)
              check (x.y > 0)
              check (row_number() over () > 0)

              index dup on (ref)
              unique (ref)
            }

            table views_0 renamed from old strict {
              id int primary key
              v varchar(10) default (id)
              w text renamed from old
              z text renamed from old
            }
            """;

    @Test
    void tableByTableIsRuleByRule() {
        Schema lowered = SchemaFixture.schema(SCHEMA);
        Schema schema = new Schema(lowered.tables(),
                List.of(new SqlObject(SqlObject.Kind.VIEW, "VIEWS_0", null, "select 1", List.of()),
                        new SqlObject(SqlObject.Kind.VIEW, "dup", null, "select 1", List.of())),
                List.of());
        List<Diagnostic> ruleByRule = new ArrayList<>();
        for (Rule rule : Rules.ALL) {
            Reporter reporter = new Reporter();
            rule.check(new AnalysisContext(schema), reporter);
            ruleByRule.addAll(reporter.diagnostics());
        }
        ruleByRule.sort(Comparator.comparing((Diagnostic d) -> d.range().file()).thenComparingInt(d -> d.range().start()));

        List<Diagnostic> analyzed = Analyzer.analyze(schema);

        assertEquals(ruleByRule, analyzed);
        Set<Integer> starts = analyzed.stream().map(d -> d.range().start()).collect(Collectors.toSet());
        assertTrue(starts.size() < analyzed.size() - 3, "the schema has findings that share a place: " + analyzed);
        assertTrue(analyzed.stream().map(Diagnostic::code).distinct().count() >= 20,
                "the schema should trigger most rules: " + analyzed);
    }

    @Test
    void everyRuleIsATableRule() {
        // Not required, but a schema-wide rule makes its own pass over the model: see docs/benchmarks.md.
        for (Rule rule : Rules.ALL) {
            assertTrue(rule instanceof TableRule, rule.getClass().getSimpleName());
        }
    }
}
