package io.dschema.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives each member block of a table body its lines, aligning columns prisma-style: within a group
 * of consecutive columns (a blank line or a member that is not a column ends a group; comment lines
 * do not), names are padded to the longest name and types to the longest type. Widths count code
 * points, so a name in any script takes its length in characters.
 */
final class ColumnAligner {

    static final int MEMBER_INDENT = 2;
    static final int CONTINUATION_INDENT = MEMBER_INDENT + 4;

    private ColumnAligner() {
    }

    static void layOut(List<Block> body) {
        List<Block> group = new ArrayList<>();
        for (Block block : body) {
            boolean endsGroup = block.blankLineBefore
                    || (block.shape instanceof MemberShape.Plain plain && !plain.column());
            if (endsGroup) {
                align(group);
                group.clear();
            }
            if (block.shape instanceof MemberShape.Column) {
                group.add(block);
            } else if (block.shape instanceof MemberShape.Plain plain) {
                block.lines = indent(plain.lines(), "");
            }
        }
        align(group);
    }

    private static void align(List<Block> group) {
        int nameWidth = 0;
        int typeWidth = 0;
        for (Block block : group) {
            MemberShape.Column column = (MemberShape.Column) block.shape;
            nameWidth = Math.max(nameWidth, width(column.name()));
            typeWidth = Math.max(typeWidth, width(column.type()));
        }
        for (Block block : group) {
            MemberShape.Column column = (MemberShape.Column) block.shape;
            StringBuilder cells = new StringBuilder(pad(column.name(), nameWidth)).append(' ');
            if (typeWidth > 0) {
                cells.append(pad(column.type(), typeWidth)).append(' ');
            }
            List<String> constraints = column.constraints().isEmpty() ? List.of("") : column.constraints();
            block.lines = indent(constraints, cells.toString());
        }
    }

    /**
     * The first line after the given cells at member indentation, the others as continuation lines;
     * a line that starts by closing a parenthesis lines up with the member, as it closes what the
     * member opened.
     */
    private static List<Line> indent(List<String> lines, String cells) {
        List<Line> out = new ArrayList<>();
        out.add(new Line(MEMBER_INDENT, CommentText.stripTrailingBlanks(cells + lines.get(0))));
        for (String line : lines.subList(1, lines.size())) {
            out.add(new Line(line.startsWith(")") ? MEMBER_INDENT : CONTINUATION_INDENT, line));
        }
        return out;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - width(text));
    }

    static int width(String text) {
        return text.codePointCount(0, text.length());
    }
}
