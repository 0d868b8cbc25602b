package io.dschema.lsp;

import io.dschema.ide.Completion;
import io.dschema.ide.CompletionEntry;
import io.dschema.ide.SchemaContext;
import io.dschema.lower.SourceFile;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code textDocument/completion}: {@link Completion} on the project's current context (the text as
 * just typed), each entry an item with its kind and a text edit replacing the word typed so far.
 * Snippets only for a client that announced {@code snippetSupport}; others get plain items.
 */
final class CompletionRequest {

    /** Where completion pops up by itself: after an opening parenthesis, a space, a comma, a dot. */
    static final List<String> TRIGGERS = List.of("(", " ", ",", ".");

    private CompletionRequest() {
    }

    static Either<List<CompletionItem>, CompletionList> of(DschemaLanguageServer server, CompletionParams params) {
        List<CompletionItem> items = new ArrayList<>();
        String uri = params.getTextDocument().getUri();
        Optional<Project> project = server.projectOf(uri);
        if (project.isPresent()) {
            String file = Uris.toPath(uri).toString();
            SchemaContext context = server.contexts.current(project.get(), server.documents);
            Optional<SourceFile> source = context.file(file);
            if (source.isPresent()) {
                Positions positions = new Positions(source.get().text());
                int offset = positions.codePointOffset(params.getPosition());
                boolean snippets = snippetSupport(server.capabilities());
                for (CompletionEntry entry : Completion.at(context, file, offset, snippets)) {
                    items.add(item(entry, positions, snippets));
                }
            }
        }
        return Either.forRight(new CompletionList(false, items));
    }

    private static CompletionItem item(CompletionEntry entry, Positions positions, boolean snippets) {
        CompletionItem item = new CompletionItem(entry.label());
        item.setKind(kind(entry.kind()));
        item.setDetail(entry.detail());
        item.setTextEdit(Either.forLeft(new TextEdit(positions.range(entry.replace()), entry.insertText())));
        item.setInsertTextFormat(snippets && entry.snippet() ? InsertTextFormat.Snippet : InsertTextFormat.PlainText);
        return item;
    }

    static CompletionItemKind kind(CompletionEntry.Kind kind) {
        return switch (kind) {
            case KEYWORD -> CompletionItemKind.Keyword;
            case SNIPPET -> CompletionItemKind.Snippet;
            case TYPE -> CompletionItemKind.TypeParameter;
            case TABLE -> CompletionItemKind.Struct;
            case COLUMN -> CompletionItemKind.Field;
            case FUNCTION -> CompletionItemKind.Function;
            case COLLATION -> CompletionItemKind.EnumMember;
        };
    }

    static boolean snippetSupport(ClientCapabilities capabilities) {
        return capabilities != null && capabilities.getTextDocument() != null
                && capabilities.getTextDocument().getCompletion() != null
                && capabilities.getTextDocument().getCompletion().getCompletionItem() != null
                && Boolean.TRUE.equals(capabilities.getTextDocument().getCompletion().getCompletionItem().getSnippetSupport());
    }
}
