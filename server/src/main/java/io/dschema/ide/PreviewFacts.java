package io.dschema.ide;

import io.dschema.migrate.PushPreview;
import io.dschema.model.Check;
import io.dschema.model.Column;
import io.dschema.model.ForeignKey;
import io.dschema.model.Index;
import io.dschema.model.NameRef;
import io.dschema.model.Names;
import io.dschema.model.Table;
import io.dschema.plan.AssessedStep;
import io.dschema.plan.Hazard;
import io.dschema.plan.RiskKind;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What a push preview says about one schema object: the steps that change it and the rows its
 * table held when the database was read. Only reads the preview (hover never queries the
 * database). Steps are matched by the planner's summaries ({@code add column t.c},
 * {@code rebuild table t (alter column c type, create index i)}, ...) and by the reasons that
 * name {@code t.c}.
 */
final class PreviewFacts {

    private PreviewFacts() {
    }

    static List<AssessedStep> forTable(PushPreview preview, Table table) {
        return ofTable(preview, table.name(), step -> true);
    }

    static List<AssessedStep> forColumn(PushPreview preview, Table table, Column column) {
        String name = column.name();
        return ofTable(preview, table.name(), step -> {
            String summary = step.step().summary();
            if (Names.same(summary, "add column " + table.name() + "." + name)) {
                return true;
            }
            if (startsWith(summary, "rename column ") && endsWithWord(summary, " to " + name)) {
                return true;
            }
            return rebuildParts(summary).stream().anyMatch(part -> startsWithWord(part, "add column " + name)
                    || startsWithWord(part, "alter column " + name))
                    || step.reasons().stream().anyMatch(reason -> containsWord(reason, table.name() + "." + name));
        });
    }

    static List<AssessedStep> forIndex(PushPreview preview, Table table, Index index) {
        return ofTable(preview, table.name(), step -> startsWithWord(step.step().summary(), "create index " + index.name())
                || rebuildParts(step.step().summary()).stream().anyMatch(part -> Names.same(part, "create index " + index.name())));
    }

    static List<AssessedStep> forCheck(PushPreview preview, Table table, Check check) {
        String phrase = "add check" + (check.name() == null ? " (" + check.expression().sql() + ")" : " " + check.name());
        return ofTable(preview, table.name(), step -> rebuildParts(step.step().summary()).stream().anyMatch(part -> part.equals(phrase)));
    }

    static List<AssessedStep> forForeignKey(PushPreview preview, Table table, ForeignKey foreignKey) {
        String phrase = "add foreign key (" + foreignKey.columns().stream().map(NameRef::name).collect(Collectors.joining(", "))
                + ") to " + foreignKey.targetTable().name();
        return ofTable(preview, table.name(), step -> rebuildParts(step.step().summary()).stream().anyMatch(part -> Names.same(part, phrase)));
    }

    static List<AssessedStep> forPrimaryKey(PushPreview preview, Table table) {
        return ofTable(preview, table.name(), step -> rebuildParts(step.step().summary()).contains("change primary key"));
    }

    /**
     * The rows {@code table} held when the database was read, when some step counted them (a
     * rebuild's "N rows in t will be copied").
     */
    static OptionalLong rowCount(PushPreview preview, Table table) {
        if (preview == null) {
            return OptionalLong.empty();
        }
        String copied = "%d rows in " + table.name() + " will be copied";
        for (AssessedStep assessed : preview.steps()) {
            List<Hazard> hazards = assessed.step().hazards();
            for (int i = 0; i < hazards.size() && i < assessed.counts().size(); i++) {
                Hazard hazard = hazards.get(i);
                long count = assessed.counts().get(i);
                if (count >= 0 && hazard.kind() == RiskKind.REBUILD && Names.same(hazard.reason(), copied)) {
                    return OptionalLong.of(count);
                }
            }
        }
        return OptionalLong.empty();
    }

    private static List<AssessedStep> ofTable(PushPreview preview, String table, Predicate<AssessedStep> concerns) {
        if (preview == null) {
            return List.of();
        }
        return preview.steps().stream().filter(step -> step.step().table() != null && Names.same(step.step().table(), table))
                .filter(concerns).toList();
    }

    /** The phrases of a rebuild's summary, {@code rebuild table t (a, b)}: {@code [a, b]}; empty for any other step. */
    private static List<String> rebuildParts(String summary) {
        int open = summary.indexOf(" (");
        if (!startsWith(summary, "rebuild table ") || open < 0 || !summary.endsWith(")")) {
            return List.of();
        }
        return List.of(summary.substring(open + 2, summary.length() - 1).split(", "));
    }

    private static boolean startsWith(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    private static boolean startsWithWord(String text, String prefix) {
        return startsWith(text, prefix) && (text.length() == prefix.length() || !isNameChar(text.charAt(prefix.length())));
    }

    private static boolean endsWithWord(String text, String suffix) {
        int from = text.length() - suffix.length();
        return from >= 0 && text.regionMatches(true, from, suffix, 0, suffix.length());
    }

    private static boolean containsWord(String text, String word) {
        for (int at = indexOfIgnoreCase(text, word, 0); at >= 0; at = indexOfIgnoreCase(text, word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !isNameChar(text.charAt(at - 1))) && (end == text.length() || !isNameChar(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfIgnoreCase(String text, String word, int from) {
        for (int at = from; at + word.length() <= text.length(); at++) {
            if (text.regionMatches(true, at, word, 0, word.length())) {
                return at;
            }
        }
        return -1;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
