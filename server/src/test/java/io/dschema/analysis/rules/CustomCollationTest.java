package io.dschema.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.SchemaFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomCollationTest {

    @Test
    void onAColumnAKeyAnIndexAndInsideExpressions() {
        String schema = """
                table words {
                  word text not null collate german
                  lang text not null
                  primary key (word collate icu, lang)
                  index by_word on (word collate german, lang)
                  check (word collate german <> '')
                }
                """;
        String fix = " is not built into SQLite: register it in every program that opens the database, "
                + "or use binary, nocase or rtrim";
        assertEquals(List.of(
                        "2:3: collation 'german' on column words.word" + fix,
                        "4:16: collation 'icu' on the primary key of table words" + fix,
                        "5:21: collation 'german' on index by_word" + fix,
                        "6:10: collation 'german' in a check of table words" + fix),
                SchemaFixture.withCode(schema, DiagnosticCode.CUSTOM_COLLATION));
    }

    @Test
    void builtInCollationsInAnyCase() {
        String schema = """
                table words {
                  word text collate NoCase
                  tail text collate RTRIM
                  raw text collate binary
                  index by_word on (word collate nocase) where tail collate rtrim <> ''
                }
                """;
        assertEquals(List.of(), SchemaFixture.withCode(schema, DiagnosticCode.CUSTOM_COLLATION));
    }
}
