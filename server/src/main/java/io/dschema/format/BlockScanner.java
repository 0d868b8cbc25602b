package io.dschema.format;

import io.dschema.grammar.DSchemaLexer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Cuts a stretch of tokens into blocks: the structures that start there (tables in a file, members
 * in a table body) and the comments between them. A comment that starts its line becomes a comment
 * block; any other comment trails the block before it on its line. Other tokens (separators, the
 * table header's words, line breaks) make no block of their own.
 */
final class BlockScanner {

    private final SourceTokens tokens;
    private final String lineEnding;

    BlockScanner(SourceTokens tokens, String lineEnding) {
        this.tokens = tokens;
        this.lineEnding = lineEnding;
    }

    /**
     * @param from first token index of the stretch
     * @param to token index just after the stretch
     * @param starts the structures, by the index of their first token
     * @param render turns a structure into its block
     * @param anchor the block whose line the stretch starts on (a table header), or null
     * @param commentIndent indentation of comment blocks
     */
    <T extends ParserRuleContext> List<Block> scan(int from, int to, Map<Integer, T> starts,
            Function<T, Block> render, Block anchor, int commentIndent) {
        List<Block> blocks = new ArrayList<>();
        Block last = anchor;
        boolean docFromHeader = false;
        int headerEnd = anchor == null ? -1 : anchor.lastToken; // taken before trailing comments move it
        int i = from;
        while (i < to) {
            T structure = starts.get(i);
            if (structure != null) {
                Block block = render.apply(structure);
                // A doc comment written in a table's header documents nothing; moved to the top of
                // the body, a blank line keeps it from documenting the first member.
                block.blankLineBefore = blankLineBetween(last, i) || docFromHeader;
                docFromHeader = false;
                blocks.add(block);
                last = block;
                i = structure.getStop().getTokenIndex() + 1;
                continue;
            }
            Token token = tokens.get(i);
            if (SourceTokens.isComment(token)) {
                String text = CommentText.normalise(token.getText(), lineEnding);
                boolean lineComment = SourceTokens.isLineComment(token);
                if (last != null && last.acceptsTrailing() && !tokens.startsLine(i)) {
                    last.addTrailing(text, i, lineComment);
                } else {
                    Block block = Block.comment(i, commentIndent, text, lineComment);
                    docFromHeader |= i < headerEnd && token.getType() == DSchemaLexer.DOC_COMMENT;
                    block.blankLineBefore = blankLineBetween(last, i);
                    blocks.add(block);
                    last = block;
                }
            }
            i++;
        }
        return blocks;
    }

    private boolean blankLineBetween(Block previous, int next) {
        return previous != null && tokens.newlinesBetween(previous.lastToken, next) >= 2;
    }
}
