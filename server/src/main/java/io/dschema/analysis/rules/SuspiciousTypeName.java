package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.TableRule;
import io.dschema.model.Column;
import io.dschema.model.Names;
import io.dschema.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * DS2015: a type name that swallowed a misspelled constraint. SQLite's grammar takes any words
 * before the first constraint keyword as the type, so {@code name text nott null} is the type
 * {@code text nott} followed by {@code null}: the column accepts NULL, the opposite of what was
 * meant, and SQLite says nothing.
 * <p>The rule: in a type of two or more words, a word after the first that is a near miss of a
 * constraint keyword ({@code not}, {@code null}, {@code primary}, {@code key}, {@code unique},
 * {@code default}, {@code check}, {@code references}, {@code collate}, {@code generated}). A near
 * miss is an edit distance (insertions, deletions, substitutions, swaps of two neighbours) of 1 for
 * keywords of up to four letters and of 1 or 2 for longer ones; an exact keyword is not a miss
 * ({@code key} may stand in a type). Words of known type names ({@code double precision},
 * {@code unsigned big int}, {@code character varying}, {@code long varchar}...) never count.
 * The message offers the type with each miss replaced by its keyword, and {@code not} completed to
 * {@code not null}.
 */
public final class SuspiciousTypeName implements TableRule {

    private static final List<String> KEYWORDS = List.of("not", "null", "primary", "key", "unique", "default", "check",
            "references", "collate", "generated");
    private static final Set<String> TYPE_WORDS = Set.of("int", "integer", "tinyint", "smallint", "mediumint", "bigint",
            "unsigned", "signed", "big", "long", "short", "double", "precision", "float", "real", "numeric", "decimal",
            "char", "character", "varchar", "varying", "nchar", "nvarchar", "native", "national", "text", "clob", "blob",
            "binary", "varbinary", "boolean", "date", "time", "datetime", "timestamp", "with", "without", "zone", "local");

    @Override
    public void check(AnalysisContext context, Table table, Reporter reporter) {
        List<Column> columns = table.columns();
        TypeFacts[] types = TypeFacts.of(context, table);
        for (int i = 0; i < types.length; i++) {
            String suggestion = types[i] == null ? null : types[i].misspelling();
            if (suggestion != null) {
                Column column = columns.get(i);
                reporter.report(DiagnosticCode.SUSPICIOUS_TYPE_NAME, "type '" + column.type() + "' of column "
                        + ConstraintRules.qualified(table, column) + " looks like a misspelling: did you mean '"
                        + suggestion + "'?", column.typeRange());
            }
        }
    }

    /** The type with its near misses corrected, or null when it has none. */
    static String suggestion(String type) {
        int sizeStart = type.indexOf('(');
        String size = sizeStart < 0 ? "" : type.substring(sizeStart);
        String[] words = (sizeStart < 0 ? type : type.substring(0, sizeStart)).trim().split(" ");
        if (words.length < 2) {
            return null;
        }
        List<String> corrected = new ArrayList<>(List.of(words[0]));
        boolean missed = false;
        for (int i = 1; i < words.length; i++) {
            String keyword = nearMiss(Names.fold(words[i]));
            missed |= keyword != null;
            corrected.add(keyword != null ? keyword : words[i]);
        }
        if (!missed) {
            return null;
        }
        if (corrected.get(corrected.size() - 1).equals("not")) {
            corrected.add("null");
        }
        return String.join(" ", corrected) + size;
    }

    /** The keyword this word misspells, or null. */
    private static String nearMiss(String word) {
        if (TYPE_WORDS.contains(word)) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String keyword : KEYWORDS) {
            int limit = keyword.length() <= 4 ? 1 : 2;
            if (Math.abs(keyword.length() - word.length()) > limit) {
                continue;
            }
            int distance = distance(word, keyword);
            if (distance >= 1 && distance <= limit && distance < bestDistance) {
                best = keyword;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Optimal string alignment distance: Levenshtein plus swaps of two neighbouring letters. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
