package io.dschema.lsp;

import io.dschema.ide.HoverInfo;
import io.dschema.ide.SchemaContext;
import io.dschema.lower.SourceFile;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code textDocument/hover}: {@link io.dschema.ide.Hover} on the project's current context, its
 * Markdown as {@link MarkupContent} and its range in UTF-16 positions. Null where there is
 * nothing to say (LSP's "no hover").
 */
final class HoverRequest {

    private HoverRequest() {
    }

    static Hover of(DschemaLanguageServer server, HoverParams params) {
        String uri = params.getTextDocument().getUri();
        Optional<Project> project = server.projectOf(uri);
        if (project.isEmpty()) {
            return null;
        }
        String file = Uris.toPath(uri).toString();
        SchemaContext context = server.contexts.current(project.get(), server.documents);
        Optional<SourceFile> source = context.file(file);
        if (source.isEmpty()) {
            return null;
        }
        Positions positions = new Positions(source.get().text());
        Optional<HoverInfo> info = io.dschema.ide.Hover.at(context, file, positions.codePointOffset(params.getPosition()));
        if (info.isEmpty()) {
            return null;
        }
        Hover hover = new Hover(new MarkupContent(MarkupKind.MARKDOWN, info.get().markdown()));
        if (info.get().range() != null && !info.get().range().isNone()) {
            hover.setRange(positions.range(info.get().range()));
        }
        return hover;
    }
}
