package io.dschema.format;

import java.util.List;

/** Joins lines into text: indentation as spaces, no blanks at line ends, the given line ending. */
final class LineWriter {

    private LineWriter() {
    }

    static String write(List<Line> lines, String lineEnding, boolean finalLineEnding) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (i > 0) {
                out.append(lineEnding);
            }
            if (!line.isBlank()) {
                out.append(" ".repeat(line.indent())).append(CommentText.stripTrailingBlanks(line.code()));
            }
        }
        if (finalLineEnding && !lines.isEmpty()) {
            out.append(lineEnding);
        }
        return out.toString();
    }
}
