package io.dschema.analysis.rules;

import io.dschema.model.ForeignKey;
import io.dschema.model.Index;
import io.dschema.model.IndexPart;
import io.dschema.model.NameRef;
import io.dschema.model.Names;
import io.dschema.model.SourceRange;
import io.dschema.model.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Small shared pieces of the DS1xxx rules: the words of messages, name distances. */
final class NameRuleSupport {

    private NameRuleSupport() {
    }

    /** {@code file:line:col}, or "the database" for objects read from one (they have no source). */
    static String at(SourceRange range) {
        return range.isNone() ? "the database" : range.file() + ":" + range.line() + ":" + range.column();
    }

    /**
     * The names SQLite resolves to the rowid of a rowid table when no column is called that
     * (SQLite's lang_createtable.html, "ROWIDs and the INTEGER PRIMARY KEY").
     */
    static boolean isRowidName(String name) {
        return Names.same(name, "rowid") || Names.same(name, "oid") || Names.same(name, "_rowid_");
    }

    /** The column names of an index's parts, {@code expr} for an expression part, as lowering derives names. */
    static List<String> partNames(List<IndexPart> parts) {
        List<String> names = new ArrayList<>(parts.size());
        for (IndexPart part : parts) {
            names.add(part.column() != null ? part.column().name() : "expr");
        }
        return names;
    }

    /** True when the index's name was derived from a unique constraint rather than written. */
    static boolean derivedName(Index index, Table table) {
        return index.origin() != Index.Origin.INDEX
                && Names.same(index.name(), Index.derivedUniqueName(table.name(), partNames(index.parts())));
    }

    /** What an index is, in the words a user wrote it with. */
    static String describe(Index index, Table table) {
        String columns = String.join(", ", partNames(index.parts()));
        return switch (index.origin()) {
            case INDEX -> (index.unique() ? "unique index " : "index ") + index.name() + " of table " + table.name();
            case COLUMN_UNIQUE -> "unique index " + index.name() + " (derived from the unique column "
                    + table.name() + "." + columns + ")";
            case TABLE_UNIQUE -> derivedName(index, table)
                    ? "unique index " + index.name() + " (derived from unique (" + columns + ") of table " + table.name() + ")"
                    : "unique constraint " + index.name() + " of table " + table.name();
        };
    }

    /** {@code foreign key (a, b) of table t}, for column-level references too. */
    static String describe(ForeignKey foreignKey, Table table) {
        return "foreign key (" + names(foreignKey.columns()) + ") of table " + table.name();
    }

    /** Names joined by a comma and a space. */
    static String names(List<NameRef> names) {
        StringBuilder joined = new StringBuilder();
        for (NameRef name : names) {
            if (!joined.isEmpty()) {
                joined.append(", ");
            }
            joined.append(name.name());
        }
        return joined.toString();
    }

    /**
     * The candidate closest to {@code name} by edit distance (ASCII case folded), when it is at most 2
     * edits away and fewer edits than the name has characters (so {@code x} never suggests {@code id});
     * null when none is that close. Ties go to the first candidate.
     */
    static String closest(String name, Collection<String> candidates) {
        String folded = Names.fold(name);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = editDistance(folded, Names.fold(candidate), 2);
            if (distance <= 2 && distance < folded.length() && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Levenshtein distance, or {@code limit + 1} as soon as it is known to exceed {@code limit}. */
    static int editDistance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
