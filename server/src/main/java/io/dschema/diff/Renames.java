package io.dschema.diff;

import io.dschema.model.Names;

import java.util.HashMap;
import java.util.Map;

/**
 * How baseline names map to target names once table and column renames are decided. Canonical
 * forms of baseline objects are printed through it, so that an index, check, key or foreign key
 * that only follows a rename compares equal to its target (SQLite itself rewrites them on RENAME).
 * The target side uses {@link #NONE}: every name maps to itself.
 */
final class Renames {

    static final Renames NONE = new Renames();

    /** Baseline table (folded) to its target name. */
    private final Map<String, String> tables = new HashMap<>();
    /** Baseline table (folded) to: baseline column (folded) to its target name. */
    private final Map<String, Map<String, String>> columns = new HashMap<>();

    void renameTable(String from, String to) {
        tables.put(Names.fold(from), to);
    }

    void renameColumn(String baselineTable, String from, String to) {
        columns.computeIfAbsent(Names.fold(baselineTable), key -> new HashMap<>()).put(Names.fold(from), to);
    }

    /** The folded target name of a baseline table. */
    String table(String baselineTable) {
        return Names.fold(tables.getOrDefault(Names.fold(baselineTable), baselineTable));
    }

    /** The folded target name of a column of a baseline table. */
    String column(String baselineTable, String baselineColumn) {
        Map<String, String> renamed = columns.get(Names.fold(baselineTable));
        String to = renamed == null ? null : renamed.get(Names.fold(baselineColumn));
        return Names.fold(to == null ? baselineColumn : to);
    }
}
