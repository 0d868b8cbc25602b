package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.model.Column;
import io.dschema.model.Names;
import io.dschema.model.Schema;
import io.dschema.model.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the type rules work out from a declared type (DS2004, DS2007, DS2015), once per distinct
 * type text in an analysis: a schema has a few dozen distinct types among thousands of columns, and
 * upper-casing, splitting and matching each column's type was most of those rules' time. Each fact
 * is worked out when a rule first asks for it.
 */
final class TypeFacts {

    /** The facts of each distinct type text of the schema. */
    private static final AnalysisContext.Shared<Schema, Map<String, TypeFacts>> BY_TYPE =
            AnalysisContext.Shared.perSchema((context, schema) -> new HashMap<>());

    /** The facts of each column's type, by position in {@link Table#columns()}. */
    private static final AnalysisContext.Shared<Table, TypeFacts[]> BY_COLUMN =
            AnalysisContext.Shared.perTable((context, table) -> {
                Map<String, TypeFacts> byType = context.shared(BY_TYPE, context.schema());
                List<Column> columns = table.columns();
                String[] types = new String[columns.size()];
                int[] lengths = new int[types.length];
                // Read every type first, in a loop small enough for the reads from memory to overlap
                // (see TableColumns), then look them up.
                for (int i = 0; i < types.length; i++) {
                    types[i] = columns.get(i).type();
                    lengths[i] = types[i] == null ? -1 : types[i].length();
                }
                TypeFacts[] facts = new TypeFacts[types.length];
                for (int i = 0; i < types.length; i++) {
                    facts[i] = lengths[i] < 0 ? null : byType.computeIfAbsent(types[i], TypeFacts::new);
                }
                return facts;
            });

    private final String type;
    private Boolean strictAllowed;
    private Boolean surprises;
    private String misspelling;
    private boolean misspellingKnown;

    private TypeFacts(String type) {
        this.type = type;
    }

    /** The facts of each column's type, by position in {@link Table#columns()}; null for a column without a type. */
    static TypeFacts[] of(AnalysisContext context, Table table) {
        return context.shared(BY_COLUMN, table);
    }

    /** One of the types a strict table takes ({@link StrictTypeNotAllowed#STRICT_TYPES}). */
    boolean strictAllowed() {
        if (strictAllowed == null) {
            strictAllowed = StrictTypeNotAllowed.STRICT_TYPES.contains(Names.fold(type));
        }
        return strictAllowed;
    }

    /** {@link SurprisingAffinity#surprises}. */
    boolean surprises() {
        if (surprises == null) {
            surprises = SurprisingAffinity.surprises(type);
        }
        return surprises;
    }

    /** {@link SuspiciousTypeName#suggestion}: the type with its misspelled constraint words corrected, or null. */
    String misspelling() {
        if (!misspellingKnown) {
            misspelling = SuspiciousTypeName.suggestion(type);
            misspellingKnown = true;
        }
        return misspelling;
    }
}
