package io.dschema.lower;

import io.dschema.grammar.DSchemaLexer;
import io.dschema.model.SourceRange;
import java.util.Arrays;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNodeImpl;

/**
 * Turns code point offsets into 1-based lines and columns, and parse tree spans into ranges; also
 * reads the source text at token offsets when those are char offsets too (no character outside the
 * Basic Multilingual Plane), which spares copying token texts out of the char stream.
 */
final class LineIndex {

    private final String file;
    private final String text;
    private final int[] lineStarts;
    private final int length;
    /** True when every code point is one char: offsets index {@link #text} directly. */
    private final boolean charOffsets;
    /** True when the lexer's lines are these (no lone \r): tokens know their lines and columns. */
    private final boolean tokenLines;
    /** The line {@link #lineOf} found last: a hint, so an index serves one lowering at a time. */
    private int lastLine;
    /** The last parse tree span asked about and its range: nested nodes often span the same tokens. */
    private Token lastStart;
    private Token lastStop;
    private SourceRange lastRange;

    LineIndex(String file, String text) {
        this.file = file;
        this.text = text;
        int n = text.length();
        // codePointCount is constant time for a Latin-1 string, and indexOf is vectorised: the
        // usual file (no surrogate pair, no lone \r) needs no loop over its characters here.
        this.charOffsets = text.codePointCount(0, n) == n;
        int[] starts = new int[Math.max(16, n / 32)];
        int lines = 1;
        boolean loneReturn = false;
        if (charOffsets && text.indexOf('\r') < 0) {
            for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
                if (lines == starts.length) {
                    starts = Arrays.copyOf(starts, lines * 2);
                }
                starts[lines++] = at + 1;
            }
            this.length = n;
        } else {
            int offset = 0;
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                offset++;
                if (c > '\r') {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                        i++; // one code point, two chars
                    }
                    continue;
                }
                boolean loneHere = c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n');
                loneReturn |= loneHere;
                if (c == '\n' || loneHere) {
                    if (lines == starts.length) {
                        starts = Arrays.copyOf(starts, lines * 2);
                    }
                    starts[lines++] = offset;
                }
            }
            this.length = offset;
        }
        this.lineStarts = Arrays.copyOf(starts, lines);
        this.tokenLines = !loneReturn;
    }

    SourceRange range(int start, int end) {
        int clampedStart = Math.max(0, Math.min(start, length));
        int clampedEnd = Math.max(clampedStart, Math.min(end, length));
        int startLine = lineOf(clampedStart);
        int endLine = lineAtOrAfter(startLine, clampedEnd);
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
        Token start = context.start;
        Token stop = context.stop;
        if (start == null) {
            return range(length, length);
        }
        if (start == lastStart && stop == lastStop) {
            return lastRange;
        }
        SourceRange range = tokenLines ? fromTokens(start, stop) : null;
        if (range == null) {
            int startOffset = start.getStartIndex();
            int end = stop == null || stop.getStopIndex() < startOffset ? startOffset : stop.getStopIndex() + 1;
            range = range(startOffset, end);
        }
        lastStart = start;
        lastStop = stop;
        lastRange = range;
        return range;
    }

    /**
     * The range of a span from its tokens' own lines and columns, which the lexer counted (no line
     * lookup): when the file has no lone carriage return (the lexer breaks lines at line feeds only)
     * and the last token cannot hold a line break. Null when it cannot say.
     */
    private SourceRange fromTokens(Token start, Token stop) {
        int startOffset = start.getStartIndex();
        if (start.getTokenIndex() < 0 || start.getType() == Token.EOF || startOffset < 0 || startOffset > length) {
            return null;
        }
        int line = start.getLine();
        int column = start.getCharPositionInLine() + 1;
        if (stop == null || stop.getStopIndex() < startOffset) {
            return new SourceRange(file, startOffset, startOffset, line, column, line, column);
        }
        int type = stop.getType();
        int end = stop.getStopIndex() + 1;
        if (stop.getTokenIndex() < 0 || type < 0 || type >= ONE_LINE.length || !ONE_LINE[type] || end > length) {
            return null;
        }
        return new SourceRange(file, startOffset, end, line, column,
                stop.getLine(), stop.getCharPositionInLine() + 1 + end - stop.getStartIndex());
    }

    /** The token types whose text never holds a line break: fixed words and symbols, numbers, bare names. */
    private static final boolean[] ONE_LINE = oneLineTypes();

    private static boolean[] oneLineTypes() {
        int max = DSchemaLexer.VOCABULARY.getMaxTokenType();
        boolean[] oneLine = new boolean[max + 1];
        for (int type = 1; type <= max; type++) {
            oneLine[type] = DSchemaLexer.VOCABULARY.getLiteralName(type) != null;
        }
        for (int type : new int[] {DSchemaLexer.NE, DSchemaLexer.NUMBER, DSchemaLexer.HEX_NUMBER, DSchemaLexer.BLOB,
                DSchemaLexer.PARAMETER, DSchemaLexer.IDENTIFIER}) {
            oneLine[type] = true;
        }
        return oneLine;
    }

    /** True when {@link #charAt} may be used. */
    boolean charOffsets() {
        return charOffsets;
    }

    /** The char at a code point offset; only when {@link #charOffsets()}. */
    char charAt(int offset) {
        return text.charAt(offset);
    }

    /** The text between two code point offsets (end exclusive); only when {@link #charOffsets()}. */
    String text(int start, int end) {
        return text.substring(start, end);
    }

    /**
     * {@link Token#getText()}: the same text, read in the source when the token's offsets say where
     * it is (which spares the char stream's copy and its {@code Interval}).
     */
    String text(Token token) {
        int start = token.getStartIndex();
        int stop = token.getStopIndex();
        if (!readable(token, start, stop)) {
            return token.getText(); // made up by error recovery, empty, or the end of the file
        }
        return text.substring(start, stop + 1);
    }

    private boolean readable(Token token, int start, int stop) {
        return charOffsets && token.getTokenIndex() >= 0 && start >= 0 && stop >= start && stop < length
                && token.getType() != Token.EOF;
    }

    /**
     * {@link ParseTree#getText()} of a node of a rule made of one token (name, declName, typeWord,
     * literal). When it spans one token, it holds that token and nothing else: error recovery adds a
     * made-up token only where it consumed none, and a token it skips counts in the span.
     */
    String tokenText(ParserRuleContext oneToken) {
        Token start = oneToken.start;
        if (start != null && start == oneToken.stop && start.getTokenIndex() >= 0) {
            return text(start);
        }
        return nodeText(oneToken);
    }

    /** {@link ParseTree#getText()}, its tokens' texts read with {@link #text(Token)}. */
    String nodeText(ParseTree node) {
        ParseTree single = node;
        int count;
        while ((count = single.getChildCount()) == 1) {
            single = single.getChild(0);
        }
        if (single instanceof TerminalNodeImpl terminal) {
            return text(terminal.symbol);
        }
        if (count == 0) {
            return "";
        }
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < count; i++) {
            joined.append(nodeText(single.getChild(i)));
        }
        return joined.toString();
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

    /** The line of {@code offset}, which is on {@code line} or after it: mostly the same line. */
    private int lineAtOrAfter(int line, int offset) {
        for (int steps = 0; steps < 4; steps++) {
            if (line + 1 == lineStarts.length || offset < lineStarts[line + 1]) {
                return line;
            }
            line++;
        }
        int found = Arrays.binarySearch(lineStarts, line, lineStarts.length, offset);
        return found >= 0 ? found : -found - 2;
    }
}
