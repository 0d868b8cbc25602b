package io.dschema.lsp;

import io.dschema.ide.SchemaContext;
import io.dschema.lower.Lowering;
import io.dschema.lower.SourceFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest {@link SchemaContext} of each project, as the analysis passes left it, for hover and
 * completion. A request never waits for the debounce: when an open document changed since the last
 * pass, its current text is lowered on the spot (lowering only, no analysis, no database), so
 * completion reflects what the user just typed, and the last preview (what a push would do,
 * counted on the rows) is kept with it until the next risk pass replaces it.
 */
final class EditorContexts {

    private final Map<Path, SchemaContext> latest = new ConcurrentHashMap<>();

    /**
     * Records what a pass published. The first pass has no preview yet, and a risk pass skipped for
     * schema errors has none either: then the previous preview stays ({@code keepPreview}), since
     * counts on the rows of a slightly older schema say more than nothing while the user types.
     */
    void record(Project project, SchemaContext context, boolean keepPreview) {
        latest.compute(project.key(), (key, previous) -> {
            if (keepPreview && context.preview() == null && previous != null && previous.preview() != null) {
                return new SchemaContext(context.files(), context.lowered(), previous.preview());
            }
            return context;
        });
    }

    /** The context for a request on {@code project}: the latest pass's, or its current text lowered now. */
    SchemaContext current(Project project, Documents documents) {
        SchemaContext last = latest.get(project.key());
        if (last == null) {
            FirstPass pass = FirstPass.run(project.files(), documents);
            return new SchemaContext(pass.sources(), pass.lowered(), null);
        }
        List<SourceFile> sources = new ArrayList<>();
        boolean changed = false;
        for (Path file : project.files()) {
            String name = file.toString();
            Optional<String> open = documents.byPath(file).map(Documents.Snapshot::text);
            Optional<SourceFile> known = last.file(name);
            if (open.isPresent()) {
                changed |= known.isEmpty() || !known.get().text().equals(open.get());
                sources.add(new SourceFile(name, open.get()));
            } else if (known.isPresent()) {
                sources.add(known.get());
            } else {
                // a file the last pass did not see (the config changed since): the first pass reads it
                FirstPass pass = FirstPass.run(project.files(), documents);
                return new SchemaContext(pass.sources(), pass.lowered(), last.preview());
            }
        }
        changed |= sources.size() != last.files().size();
        if (!changed) {
            return last;
        }
        return new SchemaContext(sources, Lowering.lowerSchema(sources), last.preview());
    }
}
