package io.dschema.analysis.rules;

import io.dschema.analysis.Affinity;
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
import java.util.regex.Pattern;

/**
 * DS2007: a type whose affinity does not read as its name. SQLite gives a type its affinity by
 * looking for a few letter groups in it ({@link Affinity}), and a name that falls through to
 * NUMERIC, or that holds {@code int} by accident, converts values the user did not expect: a
 * NUMERIC or INTEGER column stores the text {@code '0123'} as the number 123.
 * <p>The rule, outside {@code strict} tables (a strict table only takes int, integer, real,
 * text, blob and any, whose affinities read right; DS2004 reports the others): a column's type is
 * reported when
 * <ul>
 *   <li>its affinity is NUMERIC and none of its words is a number word ({@code numeric},
 *   {@code decimal}, {@code dec}, {@code number}, {@code boolean}, {@code bool}, {@code money}):
 *   {@code string}, {@code json}, {@code uuid}, {@code date}, {@code datetime}, {@code timestamp},
 *   {@code enum}, {@code binary}, {@code serial}, and {@code any}, which only a strict table takes
 *   as "store values as given";</li>
 *   <li>its affinity is INTEGER and none of its words is an integer word ({@code int},
 *   {@code integer}, {@code tinyint}, {@code smallint}, {@code mediumint}, {@code bigint},
 *   {@code uint}, each optionally followed by digits, such as {@code int8}): {@code point},
 *   {@code floating point} (rule 1, INT, comes before rule 4, FLOA), {@code interval}.</li>
 * </ul>
 * TEXT, REAL and BLOB never surprise: their letter groups (char, clob, text, blob, real, floa, doub)
 * say what they are. The message names the affinity and suggests a type that says what it does.
 */
public final class SurprisingAffinity implements TableRule {

    private static final Set<String> NUMBER_WORDS = Set.of("numeric", "decimal", "dec", "number", "boolean", "bool", "money");
    private static final Pattern INTEGER_WORD = Pattern.compile("(tiny|small|medium|big|u)?int(eger)?[0-9]*");
    private static final Set<String> DATE_WORDS = Set.of("date", "time", "datetime", "timestamp", "timestamptz", "timetz", "year");
    private static final Set<String> SERIAL_WORDS = Set.of("serial", "smallserial", "bigserial");
    private static final Set<String> BINARY_WORDS = Set.of("binary", "varbinary", "bytea", "bytes", "image", "raw");

    @Override
    public void check(AnalysisContext context, Table table, Reporter reporter) {
        if (table.strict()) {
            return;
        }
        List<Column> columns = table.columns();
        TypeFacts[] types = TypeFacts.of(context, table);
        for (int i = 0; i < types.length; i++) {
            if (types[i] == null || !types[i].surprises()) {
                continue;
            }
            Column column = columns.get(i);
            String type = column.type();
            Affinity affinity = Affinity.of(type);
            String where = Names.same(type, "any") ? " outside a strict table" : "";
            reporter.report(DiagnosticCode.SURPRISING_AFFINITY, "type '" + type + "' of column "
                    + ConstraintRules.qualified(table, column) + " has " + affinity.sqlName() + " affinity" + where
                    + ", so " + consequence(type) + ": use " + suggestedType(type), column.typeRange());
        }
    }

    /** True when the type's affinity does not read as its name (the rule above). */
    static boolean surprises(String type) {
        List<String> words = words(type);
        return switch (Affinity.of(type)) {
            case NUMERIC -> words.stream().noneMatch(NUMBER_WORDS::contains);
            case INTEGER -> words.stream().noneMatch(word -> INTEGER_WORD.matcher(word).matches());
            default -> false;
        };
    }

    /**
     * A type that says what the column holds, for messages here and in DS2004: the affinity's own
     * name when the type reads right, else a guess from the words of the type.
     */
    static String suggestedType(String type) {
        List<String> words = words(type);
        Affinity affinity = Affinity.of(type);
        if (!surprises(type)) {
            return switch (affinity) {
                case INTEGER -> "integer";
                case TEXT -> "text";
                case BLOB -> "blob";
                case REAL -> "real";
                case NUMERIC -> "integer or real";
            };
        }
        if (affinity == Affinity.INTEGER) {
            return readsAsReal(type) ? "real" : "text, or integer for whole numbers";
        }
        if (words.equals(List.of("any"))) {
            return "blob (values kept as given), or make the table strict";
        }
        if (words.stream().anyMatch(DATE_WORDS::contains)) {
            return "text (ISO-8601) or integer (unix time)";
        }
        if (words.stream().anyMatch(SERIAL_WORDS::contains)) {
            return "integer";
        }
        if (words.stream().anyMatch(BINARY_WORDS::contains)) {
            return "blob";
        }
        return "text";
    }

    private static String consequence(String type) {
        return Affinity.of(type) == Affinity.INTEGER && readsAsReal(type)
                ? "2.0 is stored as the integer 2"
                : "text like '0123' is stored as the number 123";
    }

    /** Holds one of rule 4's letter groups (REAL, FLOA, DOUB), which rule 1 (INT) overrode. */
    private static boolean readsAsReal(String type) {
        String folded = Names.fold(type);
        return folded.contains("real") || folded.contains("floa") || folded.contains("doub");
    }

    /** The type's words, ASCII lower case, without the size: {@code Decimal(10, 2)} is {@code [decimal]}. */
    static List<String> words(String type) {
        int size = type.indexOf('(');
        String bare = size < 0 ? type : type.substring(0, size);
        List<String> words = new ArrayList<>();
        for (String word : Names.fold(bare).split(" ")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
