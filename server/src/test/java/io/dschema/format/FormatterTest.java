package io.dschema.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The formatter's API and the layout rules golden files show less directly. */
class FormatterTest {

    @Test
    void emptyTextStaysEmpty() {
        FormatResult result = Formatter.format("");
        assertEquals("", result.text());
        assertFalse(result.changed());
        assertFalse(result.refused());
    }

    @Test
    void blankTextBecomesEmpty() {
        assertEquals("", Formatter.format("\n  \n\t\n").text());
    }

    @Test
    void endsWithOneLineEnding() {
        assertEquals("table t {\n  a int\n}\n", Formatter.format("table t { a int }").text());
        assertEquals("table t {\n  a int\n}\n", Formatter.format("table t { a int }\n\n\n").text());
    }

    @Test
    void syntaxErrorsLeaveTheTextUntouchedAndSayWhere() {
        String text = "table t {\n  a int check (a >\n}\n";
        FormatResult result = Formatter.format(text);
        assertTrue(result.refused());
        assertEquals(text, result.text());
        assertFalse(result.changed());
        assertFalse(result.syntaxErrors().isEmpty());
        assertTrue(result.reason().contains("line 2"), result.reason());
    }

    @Test
    void aFormatterBugCostsARefusalNotASchema() {
        Formatter suspicious = new Formatter((before, after) -> Optional.of("pretend the meaning changed"));
        String text = "table t { a int }";
        FormatResult result = suspicious.formatFile(text);
        assertTrue(result.refused());
        assertEquals(text, result.text());
        assertTrue(result.reason().contains("formatter bug"), result.reason());
        assertTrue(result.syntaxErrors().isEmpty());
    }

    @Test
    void keywordsUsedAsNamesKeepTheirSpelling() {
        assertEquals("table Key {\n  Action TEXT    not null\n  Set    INTEGER\n}\n",
                Formatter.format("TABLE Key { Action TEXT NOT NULL; Set INTEGER }").text());
    }

    @Test
    void aMemberNamedLikeAContinuationWordKeepsTheSeparatorBeforeIt() {
        // On a line of its own, "initially" would continue the member above.
        assertEquals("table t {\n  a         int;\n  initially int\n}\n",
                Formatter.format("table t { a int; initially int }").text());
    }

    @Test
    void tokensThatWouldFuseKeepASpace() {
        // "--" would start a comment.
        assertEquals("table t {\n  a int default (- -1)\n}\n", Formatter.format("table t { a int default (- -1) }").text());
    }

    @Test
    void trailingBlanksInCommentsGo() {
        assertEquals("// a\ntable t {\n  a int /* b\n  c */\n}\n",
                Formatter.format("// a  \ntable t { a int /* b \n  c */ }").text());
    }

    @Test
    void lineEndingsFollowTheFileMajority() {
        String text = "table t {\r\n a int\r\n b int\n}\r\n";
        assertEquals("table t {\r\n  a int\r\n  b int\r\n}\r\n", Formatter.format(text).text());
    }

    @Test
    void alignmentCountsCodePointsNotUtf16Units() {
        // 😀 is one code point and two UTF-16 units.
        assertEquals("table t {\n  😀 int\n  ab text\n}\n".replace("😀 int", "😀  int"),
                Formatter.format("table t { 😀 int\n ab text }").text());
    }

    @Test
    void neverThrows() {
        Random random = new Random(42);
        String alphabet = "table{}()[]\"'`;,.-/*\n\r\t x0é😀\uD800";
        for (int i = 0; i < 500; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            FormatProperties.check("random text " + i, text.toString());
        }
    }

    @Test
    void deepNestingIsRefusedButNeverThrows() {
        // Deep enough to overflow the parser's stack (which throws from Syntax.parseSchema).
        String deep = "table t { a int check (" + "(".repeat(4_000) + "a" + ")".repeat(4_000) + ") }";
        FormatResult result = Formatter.format(deep);
        assertTrue(result.refused() || result.text().startsWith("table t {"));
        assertEquals(deep, result.refused() ? result.text() : deep);
    }

    @Test
    void aLongExpressionIsFormatted() {
        // The tree of a long sum is as deep as the sum is long: every walk over it must be iterative.
        String longSum = "table t { a int check (" + "a+".repeat(10_000) + "a > 0) }";
        FormatResult sum = Formatter.format(longSum);
        assertFalse(sum.refused(), sum.reason());
        assertTrue(sum.text().startsWith("table t {\n  a int check (a + a + a"));
    }
}
