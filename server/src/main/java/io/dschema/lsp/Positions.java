package io.dschema.lsp;

import io.dschema.model.SourceRange;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

import java.util.Arrays;

/**
 * The one place where protocol positions (line and UTF-16 code unit, as LSP counts them) meet the
 * engine's offsets (code points, as {@link SourceRange} counts them). Java strings are UTF-16, so
 * a protocol position is a char index into the text; a code point offset differs from it only
 * after a character outside the Basic Multilingual Plane (an emoji, say). Every conversion clamps
 * to the text: a client that sends a position past the end gets the end, never an exception.
 */
public final class Positions {

    private final String text;
    /** Char index of each line's first character. */
    private final int[] lineStarts;
    private final boolean onlyBmp;

    public Positions(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (lineEnd) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
        this.onlyBmp = text.codePoints().allMatch(Character::isBmpCodePoint);
    }

    /** The char index of a protocol position, clamped to its line (a character past the end is the line's end). */
    public int charIndex(Position position) {
        int line = Math.max(0, position.getLine());
        if (line >= lineStarts.length) {
            return text.length();
        }
        int start = lineStarts[line];
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
        int lineEnd = end;
        while (lineEnd > start && (text.charAt(lineEnd - 1) == '\n' || text.charAt(lineEnd - 1) == '\r')) {
            lineEnd--;
        }
        int index = start + Math.max(0, Math.min(position.getCharacter(), lineEnd - start));
        // never split a surrogate pair: a position inside one means the character's start
        if (index > start && index < text.length() && Character.isLowSurrogate(text.charAt(index))
                && Character.isHighSurrogate(text.charAt(index - 1))) {
            index--;
        }
        return index;
    }

    /** The protocol position of a char index. */
    public Position position(int charIndex) {
        int index = Math.max(0, Math.min(charIndex, text.length()));
        int line = Arrays.binarySearch(lineStarts, index);
        if (line < 0) {
            line = -line - 2;
        }
        return new Position(line, index - lineStarts[line]);
    }

    /** The char index of a code point offset (the engine's offsets). */
    public int charIndexOfCodePoint(int codePointOffset) {
        int offset = Math.max(0, codePointOffset);
        if (onlyBmp) {
            return Math.min(offset, text.length());
        }
        int total = text.codePointCount(0, text.length());
        return text.offsetByCodePoints(0, Math.min(offset, total));
    }

    /** The code point offset of a protocol position (for the ide features, which count code points). */
    public int codePointOffset(Position position) {
        int index = charIndex(position);
        return onlyBmp ? index : text.codePointCount(0, index);
    }

    /** The protocol range of an engine range; a range with no place in a file is the file's start. */
    public Range range(SourceRange range) {
        if (range == null || range.isNone()) {
            return new Range(new Position(0, 0), new Position(0, 0));
        }
        int start = charIndexOfCodePoint(range.start());
        int end = Math.max(start, charIndexOfCodePoint(range.end()));
        return new Range(position(start), position(end));
    }
}
