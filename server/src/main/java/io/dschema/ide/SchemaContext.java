package io.dschema.ide;

import io.dschema.lower.LoweredSchema;
import io.dschema.lower.SourceFile;
import io.dschema.migrate.PushPreview;

import java.util.List;
import java.util.Optional;

/**
 * What an editor feature works on, as plain values (no protocol types): the schema's files as the
 * editor holds them now (open documents' text, the others' from disk), lowered together as one
 * schema, and, when the workspace has a database, what a push would do to it, counted on its rows
 * when the database was last read (never queried per keystroke). Offsets are code points into a
 * file's text, as everywhere in the engine; the language server converts protocol positions.
 *
 * @param preview null when there is no database baseline (none configured, not readable yet)
 */
public record SchemaContext(List<SourceFile> files, LoweredSchema lowered, PushPreview preview) {

    public SchemaContext {
        files = List.copyOf(files);
    }

    /** The file named {@code name} (as in {@link SourceFile#path()} and the model's source ranges). */
    public Optional<SourceFile> file(String name) {
        return files.stream().filter(file -> file.path().equals(name)).findFirst();
    }
}
