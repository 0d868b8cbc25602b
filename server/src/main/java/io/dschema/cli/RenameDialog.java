package io.dschema.cli;

import io.dschema.diff.RenameAnswers;
import io.dschema.diff.RenameQuestion;
import io.dschema.model.Schema;
import io.dschema.model.SourceRange;
import io.dschema.model.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * Open rename questions (LANGUAGE.md, "Renames"): asked on a terminal, one at a time, as
 * drizzle-kit asks them ("create" first, the safe answer for the data being the rename, never
 * guessed); without a terminal, described with the {@code renamed from} hint that settles each.
 */
final class RenameDialog {

    private RenameDialog() {
    }

    /** One line: what was added, what was dropped, and the hint to add. */
    static String describe(RenameQuestion question) {
        String candidates = String.join(" or ", question.candidates());
        if (question.kind() == RenameQuestion.Kind.TABLE) {
            return "table " + question.added() + " is new and " + candidates + " is gone: a rename? add \""
                    + question.hintFor(question.candidates().get(0)) + "\" to table " + question.added()
                    + ", or pass --force to drop " + candidates + " and create " + question.added();
        }
        return "column " + question.table() + "." + question.added() + " is new and " + candidates
                + " is gone: a rename? add \"" + question.hintFor(question.candidates().get(0)) + "\" to column "
                + question.added() + ", or pass --force to drop " + candidates + " and create " + question.added();
    }

    /** Where to add the hint: the added table or column in the schema, or NONE. */
    static SourceRange where(RenameQuestion question, Schema target) {
        if (question.kind() == RenameQuestion.Kind.TABLE) {
            return target.table(question.added()).map(Table::nameRange).orElse(SourceRange.NONE);
        }
        return target.table(question.table()).flatMap(table -> table.column(question.added()))
                .map(column -> column.nameRange()).orElse(SourceRange.NONE);
    }

    /** Asks {@code question} on the terminal and returns the answers with its answer added. */
    static RenameAnswers ask(Terminal terminal, RenameQuestion question, RenameAnswers answers) {
        List<String> choices = new ArrayList<>();
        String what = question.kind() == RenameQuestion.Kind.TABLE ? "table " + question.added()
                : "column " + question.table() + "." + question.added();
        choices.add("+ " + question.added() + "  create it (and drop " + String.join(", ", question.candidates())
                + " with its data)");
        for (String candidate : question.candidates()) {
            choices.add("~ " + candidate + " > " + question.added() + "  rename " + candidate + ", keeping its data");
        }
        int chosen = terminal.choose("Is " + what + " created or renamed from another "
                + (question.kind() == RenameQuestion.Kind.TABLE ? "table" : "column") + "?", choices);
        return chosen <= 0 ? answers.created(question) : answers.renamed(question, question.candidates().get(chosen - 1));
    }
}
