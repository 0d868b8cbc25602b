package io.dschema.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.SchemaFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratedColumnMisuseTest {

    @Test
    void aDefaultOrAPlaceInThePrimaryKey() {
        String schema = """
                table items {
                  price integer not null
                  doubled integer as (price * 2) default 0
                  code text as (lower(price)) stored primary key
                }
                table pairs {
                  a integer not null
                  b integer not null as (a + 1)
                  primary key (a, b)
                }
                """;
        assertEquals(List.of(
                        "3:42: generated column items.doubled cannot have a default (SQLite refuses it): remove the default",
                        "4:38: generated column items.code cannot be part of the primary key (SQLite refuses it): key on a "
                                + "stored column, or index the generated one",
                        "9:19: generated column pairs.b cannot be part of the primary key (SQLite refuses it): key on a "
                                + "stored column, or index the generated one"),
                SchemaFixture.withCode(schema, DiagnosticCode.GENERATED_COLUMN_MISUSE));
    }

    @Test
    void generatedColumnsMayBeIndexedAndOrdinaryOnesKeyed() {
        String schema = """
                table items {
                  id integer primary key
                  price integer default 0
                  doubled integer as (price * 2) stored unique
                  index by_doubled on (doubled)
                }
                """;
        assertEquals(List.of(), SchemaFixture.withCode(schema, DiagnosticCode.GENERATED_COLUMN_MISUSE));
    }
}
