package io.dschema.diff;

import io.dschema.model.Schema;

import java.util.List;

/**
 * What the differ found: the changes (in a fixed order), the open rename questions (while any is
 * open, the changes treat the added object as created and the dropped one as dropped; push refuses
 * to run them), and problems with rename hints that cannot be carried out.
 */
public record DiffResult(Schema before, Schema after, List<SchemaChange> changes,
                         List<RenameQuestion> questions, List<String> hintProblems) {

    public DiffResult {
        changes = List.copyOf(changes);
        questions = List.copyOf(questions);
        hintProblems = List.copyOf(hintProblems);
    }

    public boolean isEmpty() {
        return changes.isEmpty() && questions.isEmpty() && hintProblems.isEmpty();
    }
}
