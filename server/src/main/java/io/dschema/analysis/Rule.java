package io.dschema.analysis;

/** One semantic rule: reads the schema, reports what it finds. Rules never throw and never change anything. */
public interface Rule {

    void check(AnalysisContext context, Reporter reporter);
}
