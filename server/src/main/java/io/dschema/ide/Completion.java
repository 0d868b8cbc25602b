package io.dschema.ide;

import io.dschema.grammar.DSchemaLexer;
import io.dschema.ide.CompletionCursor.Tok;
import io.dschema.lower.SourceFile;
import io.dschema.model.Schema;
import io.dschema.model.Table;

import java.util.List;
import java.util.Optional;

/**
 * Completion by context, read off the tokens before the cursor ({@link CompletionCursor}): the
 * {@code table} keyword at top level, the header's options, member keywords at a member start,
 * and inside a member what may stand there ({@link MemberCompletion}). Only what is valid syntax
 * at the cursor is offered; names come from the lowered schema.
 */
public final class Completion {

    private Completion() {
    }

    /**
     * The proposals at {@code offset} (code points) of {@code file}, each replacing the word typed
     * so far; with {@code snippets} false, no entry holds placeholders. Never throws.
     */
    public static List<CompletionEntry> at(SchemaContext context, String file, int offset, boolean snippets) {
        if (context == null || file == null) {
            return List.of();
        }
        try {
            return unguarded(context, file, offset, snippets);
        } catch (RuntimeException unexpected) {
            // The last guard of "an editor feature never throws on user input" (half-typed text
            // may hold what no test thought of); an empty list costs the user nothing.
            // (EveryOffsetTest calls the unguarded version, so the guard hides nothing it knows.)
            return List.of();
        }
    }

    static List<CompletionEntry> unguarded(SchemaContext context, String file, int offset, boolean snippets) {
        Optional<SourceFile> source = context.file(file);
        if (source.isEmpty() || source.get().text() == null || offset < 0 || offset > TextRanges.length(source.get().text())) {
            return List.of();
        }
        String text = source.get().text();
        CompletionCursor cursor = CompletionCursor.at(text, offset);
        if (cursor.inert()) {
            return List.of();
        }
        Proposals proposals = new Proposals(cursor.prefix(), TextRanges.of(file, text, cursor.replaceStart(), offset), snippets);
        Schema schema = context.lowered() == null || context.lowered().schema() == null
                ? Schema.ofTables(List.of()) : context.lowered().schema();
        if (!cursor.inBody()) {
            header(cursor.header(), proposals);
        } else {
            new MemberCompletion(schema, ownTable(schema, cursor.header()), strict(cursor.header()), proposals)
                    .complete(cursor.member());
        }
        return proposals.entries();
    }

    private static void header(List<Tok> header, Proposals proposals) {
        if (header.isEmpty()) {
            proposals.keyword("table");
            proposals.snippet("table name { ... }", "a new table", "table ${1:name} {\n  id integer primary key\n  $0\n}");
            return;
        }
        if (header.size() == 1) {
            return; // naming the table
        }
        Tok last = header.get(header.size() - 1);
        if (last.is(DSchemaLexer.WITHOUT)) {
            proposals.keyword("rowid");
        } else if (last.is(DSchemaLexer.RENAMED)) {
            proposals.keyword("from");
        } else if (!last.is(DSchemaLexer.FROM)) {
            boolean strict = false;
            boolean withoutRowid = false;
            boolean renamed = false;
            for (Tok token : header) {
                strict |= token.is(DSchemaLexer.STRICT);
                withoutRowid |= token.is(DSchemaLexer.WITHOUT);
                renamed |= token.is(DSchemaLexer.RENAMED);
            }
            if (!strict) {
                proposals.keyword("strict");
            }
            if (!withoutRowid) {
                proposals.keyword("without rowid");
            }
            if (!renamed) {
                proposals.keyword("renamed from");
            }
        }
    }

    private static Table ownTable(Schema schema, List<Tok> header) {
        if (header.size() < 2) {
            return null;
        }
        return schema.table(header.get(1).name()).orElse(null);
    }

    private static boolean strict(List<Tok> header) {
        return header.stream().anyMatch(token -> token.is(DSchemaLexer.STRICT));
    }
}
