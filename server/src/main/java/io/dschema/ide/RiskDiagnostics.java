package io.dschema.ide;

import io.dschema.analysis.Severity;
import io.dschema.diff.RenameQuestion;
import io.dschema.migrate.PushPreview;
import io.dschema.model.Check;
import io.dschema.model.Column;
import io.dschema.model.ForeignKey;
import io.dschema.model.Index;
import io.dschema.model.Names;
import io.dschema.model.Schema;
import io.dschema.model.SourceRange;
import io.dschema.model.Table;
import io.dschema.plan.AssessedStep;
import io.dschema.plan.Hazard;
import io.dschema.plan.RiskKind;
import io.dschema.plan.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a push would do to the data, as diagnostics on the schema text: each counted hazard of each
 * planned step on the range of the column, index, key, foreign key or check it concerns (found in
 * the target model by the names the hazard's reason carries), a rebuild as information on the
 * table's name with its row count, and each open rename question on the added table or column.
 * Severity follows the risk kind (ARCHITECTURE.md: REBUILD information, CHANGES_VALUES and
 * LOSES_DATA warning, WILL_FAIL error, SAFE nothing). Pure: no database, no protocol.
 */
public final class RiskDiagnostics {

    /** Codes of the diagnostics this class makes: a risk kind's name, or this one for a rename question. */
    public static final String RENAME_QUESTION = "RENAME_QUESTION";

    /**
     * One diagnostic. {@code range} may carry only a file name (a dropped table has no text left):
     * then it points at the start of that file.
     *
     * @param code the risk kind's name ({@code WILL_FAIL}, ...) or {@link #RENAME_QUESTION}
     * @param table the table concerned (target name, or the old name of a dropped one)
     * @param column the column concerned, or null
     * @param count the rows or values counted, or -1 where none was taken
     */
    public record Finding(SourceRange range, Severity severity, String code, String message, String table,
                          String column, long count) {
    }

    private RiskDiagnostics() {
    }

    /**
     * @param target the schema as lowered from the editor's text (the preview's target)
     * @param fallbackFile where findings without a place in the text go (a dropped table): the first schema file
     */
    public static List<Finding> of(PushPreview preview, Schema target, String fallbackFile) {
        List<Finding> findings = new ArrayList<>();
        if (preview == null) {
            return findings;
        }
        SourceRange fileStart = new SourceRange(fallbackFile == null ? "" : fallbackFile, 0, 0, 1, 1, 1, 1);
        for (AssessedStep assessed : preview.steps()) {
            findings.addAll(ofStep(assessed, target, fileStart));
        }
        for (RenameQuestion question : preview.diff().questions()) {
            findings.add(ofQuestion(question, target, fileStart));
        }
        return findings;
    }

    private static List<Finding> ofStep(AssessedStep assessed, Schema target, SourceRange fileStart) {
        List<Finding> findings = new ArrayList<>();
        Step step = assessed.step();
        Optional<Table> table = target.table(step.table());
        SourceRange tableRange = table.map(Table::nameRange).filter(r -> !r.isNone()).orElse(fileStart);
        List<Hazard> hazards = step.hazards();
        boolean baseReported = false;
        for (int i = 0; i < hazards.size(); i++) {
            Hazard hazard = hazards.get(i);
            long count = i < assessed.counts().size() ? assessed.counts().get(i) : -1;
            if (count == 0) {
                continue;
            }
            RiskKind kind = count < 0 && hazard.kind() == RiskKind.WILL_FAIL ? RiskKind.MAY_FAIL : hazard.kind();
            String reason = count < 0 ? hazard.reason().replace("%d", "some") : hazard.reasonFor(count);
            if (kind == RiskKind.REBUILD) {
                findings.add(new Finding(tableRange, Severity.INFORMATION, kind.name(),
                        step.summary() + ": " + reason + ", every value kept", step.table(), null, count));
                baseReported = true;
                continue;
            }
            Place place = table.map(t -> placeOf(reason, t, tableRange)).orElse(new Place(tableRange, null));
            findings.add(new Finding(place.range(), severity(kind), kind.name(), message(kind, reason), step.table(),
                    place.column(), count));
        }
        if (!baseReported && step.baseKind() != RiskKind.SAFE) {
            findings.add(new Finding(tableRange, severity(step.baseKind()), step.baseKind().name(),
                    step.baseKind() == RiskKind.REBUILD ? step.summary() + ": every value kept" : step.summary(),
                    step.table(), null, -1));
        }
        return findings;
    }

    private static Finding ofQuestion(RenameQuestion question, Schema target, SourceRange fileStart) {
        String candidates = String.join(" or ", question.candidates());
        if (question.kind() == RenameQuestion.Kind.TABLE) {
            SourceRange at = target.table(question.added()).map(Table::nameRange).filter(r -> !r.isNone()).orElse(fileStart);
            return new Finding(at, Severity.WARNING, RENAME_QUESTION, "table " + question.added() + " is new and "
                    + candidates + " is gone: a rename? add \"" + question.hintFor(question.candidates().get(0))
                    + "\" to keep its rows, or push will ask", question.added(), null, -1);
        }
        Optional<Table> table = target.table(question.table());
        SourceRange at = table.flatMap(t -> t.column(question.added())).map(Column::nameRange).filter(r -> !r.isNone())
                .orElse(table.map(Table::nameRange).orElse(fileStart));
        return new Finding(at, Severity.WARNING, RENAME_QUESTION, "column " + question.table() + "." + question.added()
                + " is new and " + candidates + " is gone: a rename? add \"" + question.hintFor(question.candidates().get(0))
                + "\" to keep its values, or push will ask", question.table(), question.added(), -1);
    }

    private record Place(SourceRange range, String column) {
    }

    /**
     * The object a hazard's reason names, most specific first: a check (by its expression), a
     * unique index (by name), the primary key, a foreign key (by its parent table), a column
     * ({@code table.column} or "column X"); else the table's name.
     */
    private static Place placeOf(String reason, Table table, SourceRange tableRange) {
        String folded = reason.toLowerCase(Locale.ROOT);
        for (Check check : table.checks()) {
            if (reason.contains("(" + check.expression().sql() + ")") && usable(check.range())) {
                return new Place(check.range(), check.column());
            }
        }
        for (Index index : table.indexes()) {
            if (folded.contains("index " + Names.fold(index.name())) && usable(index.range())) {
                return new Place(index.range(), null);
            }
        }
        if (folded.contains("the new primary key") && table.primaryKey() != null && usable(table.primaryKey().range())) {
            return new Place(table.primaryKey().range(), null);
        }
        for (ForeignKey foreignKey : table.foreignKeys()) {
            if (folded.contains("reference missing " + Names.fold(foreignKey.targetTable().name())) && usable(foreignKey.range())) {
                return new Place(foreignKey.range(), null);
            }
        }
        String prefix = Names.fold(table.name()) + ".";
        for (Column column : table.columns()) {
            String name = Names.fold(column.name());
            if ((names(folded, prefix + name) || names(folded, "column " + name)) && usable(column.range())) {
                return new Place(column.range(), column.name());
            }
        }
        return new Place(tableRange, null);
    }

    /** Whether {@code text} holds {@code word} not followed by more of a name (so users.e is not users.email). */
    private static boolean names(String text, String word) {
        int at = text.indexOf(word);
        while (at >= 0) {
            int after = at + word.length();
            if (after >= text.length() || !(Character.isLetterOrDigit(text.charAt(after)) || text.charAt(after) == '_')) {
                return true;
            }
            at = text.indexOf(word, at + 1);
        }
        return false;
    }

    private static boolean usable(SourceRange range) {
        return range != null && !range.isNone();
    }

    private static String message(RiskKind kind, String reason) {
        return switch (kind) {
            case WILL_FAIL -> reason.contains("push will fail") ? reason : reason + ": push will fail";
            case CHANGES_VALUES, LOSES_DATA -> reason + " (push asks first)";
            default -> reason;
        };
    }

    static Severity severity(RiskKind kind) {
        return switch (kind) {
            case SAFE -> Severity.HINT;
            case REBUILD -> Severity.INFORMATION;
            case CHANGES_VALUES, LOSES_DATA, MAY_FAIL -> Severity.WARNING;
            case WILL_FAIL -> Severity.ERROR;
        };
    }

    /** The changes of the preview that are not in the database yet (for the status: pending changes). */
    public static int pendingChanges(PushPreview preview) {
        return preview == null ? 0 : preview.diff().changes().size() + preview.diff().questions().size();
    }

}
