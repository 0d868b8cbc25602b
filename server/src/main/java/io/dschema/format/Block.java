package io.dschema.format;

import java.util.ArrayList;
import java.util.List;

/**
 * A unit of layout: a table, a table header, a member or a line of comments, with the comments
 * that trail its last line, and whether the user left a blank line before it.
 */
final class Block {

    enum Kind { TABLE, HEADER, MEMBER, COMMENT }

    final Kind kind;
    final int firstToken;
    /** The last token that belongs to the block: its own, or the last comment trailing it. */
    int lastToken;
    boolean blankLineBefore;
    /** A member that must keep a {@code ;} after it (see BodyLayout). */
    boolean separatorAfter;
    final MemberShape shape;
    List<Line> lines;
    private final List<String> trailing = new ArrayList<>();
    private boolean endsWithLineComment;

    private Block(Kind kind, int firstToken, int lastToken, MemberShape shape, List<Line> lines) {
        this.kind = kind;
        this.firstToken = firstToken;
        this.lastToken = lastToken;
        this.shape = shape;
        this.lines = lines;
    }

    static Block of(Kind kind, int firstToken, int lastToken, List<Line> lines) {
        return new Block(kind, firstToken, lastToken, null, lines);
    }

    /** A comment that starts its line; more comments on that line trail it. */
    static Block comment(int tokenIndex, int indent, String text, boolean lineComment) {
        Block block = new Block(Kind.COMMENT, tokenIndex, tokenIndex, null, List.of(new Line(indent, text)));
        block.endsWithLineComment = lineComment;
        return block;
    }

    static Block member(int firstToken, int lastToken, MemberShape shape) {
        return new Block(Kind.MEMBER, firstToken, lastToken, shape, List.of());
    }

    /** Nothing can follow a line comment on its line. */
    boolean acceptsTrailing() {
        return !endsWithLineComment;
    }

    void addTrailing(String comment, int tokenIndex, boolean lineComment) {
        trailing.add(comment);
        lastToken = tokenIndex;
        endsWithLineComment = lineComment;
    }

    /** The block's lines with the separator and the trailing comments (one space apart) on the last. */
    List<Line> finish() {
        List<Line> out = new ArrayList<>(lines);
        int last = out.size() - 1;
        StringBuilder code = new StringBuilder(CommentText.stripTrailingBlanks(out.get(last).code()));
        if (separatorAfter) {
            code.append(';');
        }
        for (String comment : trailing) {
            code.append(' ').append(comment);
        }
        out.set(last, new Line(out.get(last).indent(), code.toString()));
        return out;
    }
}
