package io.dschema.format;

import io.dschema.grammar.DSchemaLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The lines of a table body: one member per line, columns aligned, at most one blank line between
 * blocks (where the user left one), none after the opening or before the closing brace.
 */
final class BodyLayout {

    /**
     * Words that, at the start of a line, make NewlineFilter read the line as the continuation of
     * the member above (NewlineFilter.CONTINUATION_WORDS; private there). Of these only
     * {@code deferrable} and {@code initially} can start a member, as column names.
     */
    private static final Set<Integer> CONTINUATION_WORDS = Set.of(
            DSchemaLexer.REFERENCES, DSchemaLexer.ON, DSchemaLexer.WHERE, DSchemaLexer.AND,
            DSchemaLexer.OR, DSchemaLexer.COLLATE, DSchemaLexer.DEFERRABLE, DSchemaLexer.INITIALLY,
            DSchemaLexer.ASC, DSchemaLexer.DESC, DSchemaLexer.AUTOINCREMENT);

    private BodyLayout() {
    }

    static List<Line> lines(List<Block> body, SourceTokens tokens) {
        keepSeparators(body, tokens);
        ColumnAligner.layOut(body);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            Block block = body.get(i);
            if (i > 0 && block.blankLineBefore) {
                lines.add(Line.BLANK);
            }
            lines.addAll(block.finish());
        }
        return lines;
    }

    /**
     * A member split off a line it shared ({@code a int; initially int}) would, on a line of its
     * own, read as a continuation of the member above: the {@code ;} before it stays.
     */
    private static void keepSeparators(List<Block> body, SourceTokens tokens) {
        Block previousMember = null;
        for (Block block : body) {
            if (block.kind != Block.Kind.MEMBER) {
                continue;
            }
            if (previousMember != null && CONTINUATION_WORDS.contains(tokens.get(block.firstToken).getType())) {
                previousMember.separatorAfter = true;
            }
            previousMember = block;
        }
    }
}
