package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.TableRule;
import io.dschema.model.Expr;
import io.dschema.model.Names;
import io.dschema.model.Table;
import java.util.List;
import java.util.Set;

/**
 * DS2013: a non-deterministic function where SQLite needs the same value every time it computes
 * an expression: an index expression, a partial index {@code where}, a generated column (SQLite's
 * deterministic.html; what follows was checked against SQLite 3.40 and 3.51).
 * <ul>
 *   <li>Always non-deterministic, refused when the index or table is created ("non-deterministic
 *   functions prohibited in ..."): {@code random}, {@code randomblob}, {@code changes},
 *   {@code total_changes}, {@code last_insert_rowid}, {@code sqlite_version},
 *   {@code sqlite_source_id}, {@code sqlite_compileoption_used}, {@code sqlite_compileoption_get},
 *   {@code load_extension}, and the literals {@code current_time}, {@code current_date},
 *   {@code current_timestamp}. ({@code sqlite_offset} is refused there too, as "no such function":
 *   not this rule's business.)</li>
 *   <li>The date and time functions ({@code date}, {@code time}, {@code datetime},
 *   {@code julianday}, {@code unixepoch}, {@code strftime}, {@code timediff}) are deterministic
 *   unless they read the clock or the time zone: a time value {@code 'now'} (ASCII case ignored;
 *   {@code ' now '} is not it), {@code 'subsec'} or {@code 'subsecond'}; no time value at all ({@code date()},
 *   {@code strftime('%Y')}); a modifier {@code 'localtime'} or {@code 'utc'}. SQLite accepts the
 *   CREATE and fails each time it computes the expression ("non-deterministic use of date() in an
 *   index"), that is on every write. Only literal arguments are judged: a column holding 'now' is
 *   data, which no schema check can see.</li>
 * </ul>
 * A {@code check} is a deterministic place too, but SQLite only enforces it for the date and time
 * functions ("non-deterministic use of date() in a CHECK constraint", on every insert): random()
 * and current_timestamp are accepted in a check. So checks are judged on the clock reads of date
 * and time functions only.
 */
public final class NonDeterministicInIndex implements TableRule {

    private static final Set<String> ALWAYS = Set.of("random", "randomblob", "changes", "total_changes",
            "last_insert_rowid", "sqlite_version", "sqlite_source_id", "sqlite_compileoption_used",
            "sqlite_compileoption_get", "load_extension");
    private static final Set<String> DATE_TIME = Set.of("date", "time", "datetime", "julianday", "unixepoch",
            "strftime", "timediff");

    /** What is wrong and how to fix it. */
    private record Finding(String problem, String fix) {
    }

    @Override
    public void check(AnalysisContext context, Table table, Reporter reporter) {
        for (ExpressionSites.Site site : ExpressionSites.of(context, table)) {
            ExpressionSites.Place place = site.place();
            boolean deterministicPlace = place == ExpressionSites.Place.INDEX_EXPRESSION
                    || place == ExpressionSites.Place.INDEX_WHERE || place == ExpressionSites.Place.GENERATED;
            if (!deterministicPlace && place != ExpressionSites.Place.CHECK) {
                continue;
            }
            for (Expr expr : site.nodes()) {
                Finding finding = deterministicPlace ? alwaysNonDeterministic(expr) : null;
                if (finding == null && expr instanceof Expr.FunctionCall call) {
                    finding = clockRead(call);
                }
                if (finding != null) {
                    reporter.report(DiagnosticCode.NON_DETERMINISTIC_IN_INDEX, finding.problem()
                            + ", which SQLite refuses in " + site.owner() + ": " + finding.fix(), expr.range());
                }
            }
        }
    }

    private static Finding alwaysNonDeterministic(Expr expr) {
        if (expr instanceof Expr.Literal literal) {
            return switch (literal.kind()) {
                case CURRENT_TIME, CURRENT_DATE, CURRENT_TIMESTAMP -> {
                    String word = Names.fold(literal.text());
                    yield new Finding(word + " reads the clock",
                            "store the time in a column with 'default " + word + "' instead");
                }
                default -> null;
            };
        }
        if (expr instanceof Expr.FunctionCall call && ALWAYS.contains(Names.fold(call.name().name()))) {
            return new Finding(call.name().name() + "() is non-deterministic",
                    "use a deterministic expression, or a column with a default");
        }
        return null;
    }

    /** A date or time call that reads the clock or the time zone, or null. */
    private static Finding clockRead(Expr.FunctionCall call) {
        String name = Names.fold(call.name().name());
        if (!DATE_TIME.contains(name)) {
            return null;
        }
        String function = call.name().name() + "()";
        List<Expr> arguments = call.arguments();
        // strftime(format, time, modifiers...); timediff(time, time); the others (time, modifiers...).
        int firstTime = name.equals("strftime") ? 1 : 0;
        int lastTime = name.equals("timediff") ? 1 : firstTime;
        String fromData = "compute it from a column or a fixed time";
        if (arguments.size() <= firstTime) {
            return name.equals("timediff") ? null : new Finding(function + " without a time value reads the clock", fromData);
        }
        for (int i = firstTime; i < arguments.size(); i++) {
            String text = stringLiteral(arguments.get(i));
            if (text == null) {
                continue;
            }
            if (i <= lastTime && (Names.same(text, "now") || Names.same(text, "subsec") || Names.same(text, "subsecond"))) {
                return new Finding(function + " with '" + text + "' reads the clock", fromData);
            }
            if (i > lastTime && (Names.same(text, "localtime") || Names.same(text, "utc"))) {
                return new Finding("the '" + text + "' modifier of " + function + " depends on the machine's time zone",
                        "store UTC and convert in queries");
            }
        }
        return null;
    }

    /** The value of a string literal, or null for anything else. */
    private static String stringLiteral(Expr expr) {
        if (expr instanceof Expr.Literal literal && literal.kind() == Expr.LiteralKind.STRING && literal.text().length() >= 2) {
            String text = literal.text();
            return text.substring(1, text.length() - 1).replace("''", "'");
        }
        return null;
    }
}
