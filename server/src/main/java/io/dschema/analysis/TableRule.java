package io.dschema.analysis;

import io.dschema.model.Table;

/**
 * A rule that looks at one table at a time. {@link Analyzer} runs every table rule on the first
 * table, then every one on the second, and so on, so that a table is read from memory once rather
 * than once per rule.
 *
 * <p>Within one analysis (one {@link AnalysisContext}) a rule sees the tables in the order of
 * {@link io.dschema.model.Schema#tables()}, each once, so it can also compare a table with the ones
 * before it (the first index with a name, and the one that repeats it) by keeping what it has seen
 * in an {@link AnalysisContext.Shared#perSchema}. Other tables (a foreign key's parent) are looked
 * up through {@link AnalysisContext#table}.
 */
public interface TableRule extends Rule {

    void check(AnalysisContext context, Table table, Reporter reporter);

    /** The rule on every table of the schema, in order. */
    @Override
    default void check(AnalysisContext context, Reporter reporter) {
        for (Table table : context.schema().tables()) {
            check(context, table, reporter);
        }
    }
}
