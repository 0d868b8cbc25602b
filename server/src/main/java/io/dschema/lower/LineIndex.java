package io.dschema.lower;

import io.dschema.model.SourceRange;
import java.util.Arrays;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Turns code point offsets into 1-based lines and columns, and parse tree spans into ranges. */
final class LineIndex {

    private final String file;
    private final int[] lineStarts;
    private final int length;
    /** The line {@link #lineOf} found last: a hint, so an index serves one lowering at a time. */
    private int lastLine;

    LineIndex(String file, String text) {
        this.file = file;
        int[] starts = new int[16];
        int lines = 1;
        int offset = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            offset++;
            boolean lineEnd = codePoint == '\n'
                    || (codePoint == '\r' && (i >= text.length() || text.charAt(i) != '\n'));
            if (lineEnd) {
                if (lines == starts.length) {
                    starts = Arrays.copyOf(starts, lines * 2);
                }
                starts[lines++] = offset;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, lines);
        this.length = offset;
    }

    SourceRange range(int start, int end) {
        int clampedStart = Math.max(0, Math.min(start, length));
        int clampedEnd = Math.max(clampedStart, Math.min(end, length));
        int startLine = lineOf(clampedStart);
        int endLine = lineOf(clampedEnd);
        return new SourceRange(file, clampedStart, clampedEnd,
                startLine + 1, clampedStart - lineStarts[startLine] + 1,
                endLine + 1, clampedEnd - lineStarts[endLine] + 1);
    }

    SourceRange range(Token token) {
        if (token == null) {
            return range(length, length);
        }
        if (token.getType() == Token.EOF) {
            return range(token.getStartIndex(), token.getStartIndex());
        }
        return range(token.getStartIndex(), token.getStopIndex() + 1);
    }

    SourceRange range(ParserRuleContext context) {
        Token start = context.getStart();
        Token stop = context.getStop();
        if (start == null) {
            return range(length, length);
        }
        int end = stop == null || stop.getStopIndex() < start.getStartIndex()
                ? start.getStartIndex() : stop.getStopIndex() + 1;
        return range(start.getStartIndex(), end);
    }

    private int lineOf(int offset) {
        // Lowering asks in source order, mostly about the line it asked about last or the next one:
        // try those before the binary search, which was a good part of lowering's time on large files.
        int line = lastLine;
        if (offset >= lineStarts[line]) {
            if (line + 1 == lineStarts.length || offset < lineStarts[line + 1]) {
                return line;
            }
            if (line + 2 == lineStarts.length || offset < lineStarts[line + 2]) {
                lastLine = line + 1;
                return line + 1;
            }
        }
        int found = Arrays.binarySearch(lineStarts, offset);
        lastLine = found >= 0 ? found : -found - 2;
        return lastLine;
    }
}
