package io.dschema.lower;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dschema.analysis.Analyzer;
import io.dschema.model.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lowering and analysis never throw on broken input: they report it. */
class BrokenInputTest {

    @Test
    void aTableKeywordInsideABodyWithBrokenHeaderItemsIsReportedNotThrown() {
        for (String text : List.of(
                "table members {\n  user_id integer TABLE null\n  role text\n}\n",
                "table t strict, {\n  a int\n}\n",
                "table t renamed from {\n  a int\n}\n",
                "table t without {\n  a int\n}\n",
                "table a {\n  v integer check (v >\n}\n")) {
            LoweredFile lowered = Lowering.lowerFile(new SourceFile("s.dschema", text));
            assertFalse(lowered.diagnostics().isEmpty(), text);
            assertTrue(lowered.diagnostics().stream().noneMatch(d -> d.message().contains("internal error")), text);
            Analyzer.analyze(Schema.ofTables(lowered.tables()));
        }
    }
}
