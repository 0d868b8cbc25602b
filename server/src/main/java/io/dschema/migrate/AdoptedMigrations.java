package io.dschema.migrate;

import io.dschema.migrate.folder.MigrationFile;
import io.dschema.migrate.folder.MigrationFolder;
import io.dschema.migrate.snapshot.SnapshotChain;
import io.dschema.migrate.snapshot.SnapshotToSchema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The migrations that adopted a database ({@code pull --baseline}, drizzle-kit's introspect): a
 * file of comments only whose snapshot holds tables. Nothing of such a file runs, yet it stands for
 * everything its snapshot holds; a replay (status's drift, check) runs the snapshot's CREATE
 * statements in its place. Journal entries and snapshots are paired in order, as check pairs them;
 * a folder where they are not paired has no adopted migration here.
 */
public final class AdoptedMigrations {

    private AdoptedMigrations() {
    }

    /** Tag to the statements that stand for the file. */
    public static Map<String, List<String>> of(MigrationFolder.Contents contents) {
        Map<String, List<String>> adopted = new LinkedHashMap<>();
        SnapshotChain chain = SnapshotChain.read(contents.snapshots());
        if (!chain.problems().isEmpty() || chain.entries().size() != contents.journal().entries().size()) {
            return adopted;
        }
        for (int i = 0; i < chain.entries().size(); i++) {
            String tag = contents.journal().entries().get(i).tag();
            MigrationFile file = contents.migrations().stream().filter(m -> m.entry().tag().equals(tag)).findFirst().orElse(null);
            var snapshot = chain.entries().get(i).snapshot();
            if (file != null && file.chunks().stream().allMatch(FolderCheck::commentsOnly) && !snapshot.tables().isEmpty()) {
                adopted.put(tag, SnapshotToSchema.createStatements(snapshot));
            }
        }
        return adopted;
    }
}
