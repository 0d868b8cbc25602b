package io.dschema.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Range formatting: whole tables that intersect the range, nothing else. */
class FormatRangeTest {

    private static final String TEXT = "table a { x int; yy text }\n\n\n  table b {\nz int }\n// end\n";

    @Test
    void formatsOnlyTheTablesTheRangeTouches() {
        int inB = TEXT.indexOf("z int");
        RangeFormatResult result = Formatter.formatRange(TEXT, inB, inB + 1);
        assertEquals(1, result.edits().size());
        assertEquals("table a { x int; yy text }\n\n\ntable b {\n  z int\n}\n// end\n", result.text());
    }

    @Test
    void anIndentedTableIsReplacedFromTheStartOfItsLine() {
        int inB = TEXT.indexOf("table b");
        TextEdit edit = Formatter.formatRange(TEXT, inB, inB).edits().get(0);
        assertEquals(TEXT.indexOf("  table b"), edit.start());
        assertEquals(TEXT.indexOf(" }\n//") + 2, edit.end());
    }

    @Test
    void anEmptyRangeFormatsTheTableAroundIt() {
        int inA = TEXT.indexOf("yy");
        RangeFormatResult result = Formatter.formatRange(TEXT, inA, inA);
        assertEquals("table a {\n  x  int\n  yy text\n}\n\n\n  table b {\nz int }\n// end\n", result.text());
    }

    @Test
    void aRangeOverBothTablesFormatsBoth() {
        RangeFormatResult result = Formatter.formatRange(TEXT, 0, TEXT.length());
        assertEquals(2, result.edits().size());
        assertTrue(result.edits().get(0).end() <= result.edits().get(1).start());
        assertEquals(result.text(), TextEdit.apply(TEXT, result.edits()));
    }

    @Test
    void aRangeOutsideEveryTableChangesNothing() {
        int inComment = TEXT.indexOf("end");
        RangeFormatResult result = Formatter.formatRange(TEXT, inComment, inComment + 2);
        assertEquals(List.of(), result.edits());
        assertEquals(TEXT, result.text());
    }

    @Test
    void aFormattedTableGivesNoEdit() {
        String text = "table a {\n  x int\n}\n";
        assertEquals(List.of(), Formatter.formatRange(text, 0, text.length()).edits());
    }

    @Test
    void offsetsCountCodePoints() {
        String text = "// 😀😀\ntable t { a int }\n";
        int tableAt = text.codePointCount(0, text.indexOf("table"));
        RangeFormatResult result = Formatter.formatRange(text, tableAt, tableAt + 1);
        assertEquals(new TextEdit(tableAt, text.codePointCount(0, text.indexOf("}") + 1), "table t {\n  a int\n}"),
                result.edits().get(0));
        assertEquals("// 😀😀\ntable t {\n  a int\n}\n", result.text());
    }

    @Test
    void syntaxErrorsAreRefused() {
        String text = "table a { x int }\ntable b { y int check ( }\n";
        RangeFormatResult result = Formatter.formatRange(text, 0, 5);
        assertTrue(result.refused());
        assertEquals(List.of(), result.edits());
        assertEquals(text, result.text());
    }
}
