package io.dschema.analysis;

/**
 * One semantic rule: reads the schema, reports what it finds. Rules never throw and never change
 * anything. A rule that looks at one table at a time is a {@link TableRule}; one that compares
 * objects across the whole schema (two tables, two indexes with one name) implements this.
 */
public interface Rule {

    void check(AnalysisContext context, Reporter reporter);
}
