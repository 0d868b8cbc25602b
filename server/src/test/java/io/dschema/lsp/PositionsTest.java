package io.dschema.lsp;

import io.dschema.model.SourceRange;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PositionsTest {

    private static final String TEXT = "a\uD83D\uDE00b\r\ncd\n\uD83D\uDE00x";

    @Test
    void codePointRangesBecomeUtf16Positions() {
        Positions positions = new Positions(TEXT);
        // "b" is code point 2, char 3 on line 0
        assertEquals(new Range(new Position(0, 3), new Position(0, 4)), positions.range(new SourceRange("f", 2, 3, 1, 3, 1, 4)));
        // "x" is code point 9: a, emoji, b, \r, \n, c, d, \n, emoji
        assertEquals(new Position(2, 2), positions.position(positions.charIndexOfCodePoint(9)));
        assertEquals(9, positions.codePointOffset(new Position(2, 2)));
    }

    @Test
    void positionsOutsideTheTextAreClamped() {
        Positions positions = new Positions(TEXT);
        assertEquals(TEXT.length(), positions.charIndex(new Position(40, 0)));
        assertEquals(4, positions.charIndex(new Position(0, 99)), "the end of line 0, before \\r\\n");
        assertEquals(1, positions.charIndex(new Position(0, 2)), "inside the surrogate pair: its start");
    }

    @Test
    void incrementalEditsApplyAtUtf16Ranges() {
        String edited = Documents.apply(TEXT, new TextDocumentContentChangeEvent(
                new Range(new Position(2, 2), new Position(2, 3)), "yz"));
        assertEquals("a\uD83D\uDE00b\r\ncd\n\uD83D\uDE00yz", edited);
        assertEquals("whole", Documents.apply(TEXT, new TextDocumentContentChangeEvent("whole")));
    }
}
