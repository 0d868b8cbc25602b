package io.dschema.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.SchemaFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuspiciousTypeNameTest {

    @Test
    void aMisspelledConstraintSwallowedByTheType() {
        String schema = """
                table users {
                  id integer prmary key
                  name text nott null
                  email text uniqe
                  nick text nul
                  bio text not null
                }
                """;
        assertEquals(List.of(
                        "2:6: type 'integer prmary key' of column users.id looks like a misspelling: did you mean "
                                + "'integer primary key'?",
                        "3:8: type 'text nott' of column users.name looks like a misspelling: did you mean 'text not null'?",
                        "4:9: type 'text uniqe' of column users.email looks like a misspelling: did you mean 'text unique'?",
                        "5:8: type 'text nul' of column users.nick looks like a misspelling: did you mean 'text null'?"),
                SchemaFixture.withCode(schema, DiagnosticCode.SUSPICIOUS_TYPE_NAME));
    }

    @Test
    void knownMultiWordTypesAndFirstWordsNeverWarn() {
        String schema = """
                table fine {
                  a double precision
                  b unsigned big int
                  c character varying(20)
                  d varying character(255)
                  e native character(70)
                  f long varchar
                  g timestamp with time zone
                  h nott
                  i big int
                }
                """;
        assertEquals(List.of(), SchemaFixture.withCode(schema, DiagnosticCode.SUSPICIOUS_TYPE_NAME));
    }

    @Test
    void distanceCountsASwapOfNeighboursAsOneEdit() {
        assertEquals(1, SuspiciousTypeName.distance("nto", "not"));
        assertEquals(2, SuspiciousTypeName.distance("int", "not"));
        assertEquals(1, SuspiciousTypeName.distance("refrences", "references"));
    }
}
