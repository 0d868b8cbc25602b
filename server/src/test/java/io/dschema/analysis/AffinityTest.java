package io.dschema.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AffinityTest {

    /** Types as users write them, with the affinity section 3.1 of SQLite's datatype page gives them. */
    private static final Map<String, Affinity> TYPES = new LinkedHashMap<>();

    static {
        // Rule 1: contains INT.
        for (String type : new String[] {"int", "INTEGER", "tinyint", "smallint", "mediumint", "bigint", "unsigned big int",
                "int2", "int8", "point", "floating point", "interval", "charint", "BigInt"}) {
            TYPES.put(type, Affinity.INTEGER);
        }
        // Rule 2: CHAR, CLOB or TEXT (after rule 1).
        for (String type : new String[] {"character(20)", "varchar(255)", "varying character(255)", "nchar(55)",
                "native character(70)", "nvarchar(100)", "text", "clob", "Text", "tinytext", "blob text", "textblob"}) {
            TYPES.put(type, Affinity.TEXT);
        }
        // Rule 3: BLOB.
        for (String type : new String[] {"blob", "BLOB", "longblob", "blob real"}) {
            TYPES.put(type, Affinity.BLOB);
        }
        // Rule 4: REAL, FLOA, DOUB.
        for (String type : new String[] {"real", "double", "double precision", "float", "FLOAT8", "floating"}) {
            TYPES.put(type, Affinity.REAL);
        }
        // Rule 5: everything else.
        for (String type : new String[] {"numeric", "decimal(10, 5)", "boolean", "date", "datetime", "string", "any",
                "json", "uuid", "timestamp", "money", "serial", "binary"}) {
            TYPES.put(type, Affinity.NUMERIC);
        }
    }

    @Test
    void followsTheFiveRulesInOrder() {
        TYPES.forEach((type, affinity) -> assertEquals(affinity, Affinity.of(type), type));
    }

    @Test
    void noTypeIsBlob() {
        assertEquals(Affinity.BLOB, Affinity.of(null));
        assertEquals(Affinity.BLOB, Affinity.of(""));
    }

    @Test
    void strictAnyKeepsValuesAsGivenAndOtherwiseIsNumeric() {
        assertEquals(Affinity.BLOB, Affinity.ofColumn("ANY", true));
        assertEquals(Affinity.NUMERIC, Affinity.ofColumn("any", false));
        assertEquals(Affinity.INTEGER, Affinity.ofColumn("int", true));
    }

    @Test
    void caseFoldingIsAsciiOnly() {
        // A Turkish dotless i (U+0131) upper-cases to I in Java's default rules; SQLite does not fold it.
        assertEquals(Affinity.NUMERIC, Affinity.of("\u0131nt"));
    }

    /**
     * The same answers from SQLite itself. CAST uses the declared-type rules, and two casts tell
     * the five affinities apart: '3.5' stays text under TEXT, becomes a blob under BLOB, 3 under
     * INTEGER, 3.5 under REAL and NUMERIC; '3' becomes 3.0 under REAL, 3 under NUMERIC.
     */
    @Test
    void agreesWithSqlite() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement statement = connection.createStatement()) {
            for (Map.Entry<String, Affinity> entry : TYPES.entrySet()) {
                try (ResultSet row = statement.executeQuery("select typeof(cast('3.5' as " + entry.getKey()
                        + ")), typeof(cast('3' as " + entry.getKey() + "))")) {
                    row.next();
                    assertEquals(entry.getValue(), fromSqlite(row.getString(1), row.getString(2)), entry.getKey());
                }
            }
        }
    }

    private static Affinity fromSqlite(String fraction, String whole) {
        return switch (fraction) {
            case "text" -> Affinity.TEXT;
            case "blob" -> Affinity.BLOB;
            case "integer" -> Affinity.INTEGER;
            default -> whole.equals("real") ? Affinity.REAL : Affinity.NUMERIC;
        };
    }
}
