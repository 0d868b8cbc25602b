package io.dschema.ide;

import io.dschema.analysis.Affinity;

import java.util.Locale;

/** Why a column has its affinity, in one line: which of SQLite's rules (datatype3, section 3.1) matched. */
final class AffinityReason {

    private AffinityReason() {
    }

    static String of(String declaredType, boolean strict) {
        Affinity affinity = Affinity.ofColumn(declaredType, strict);
        if (declaredType == null || declaredType.isBlank()) {
            return "BLOB affinity: the column has no type, so values are stored as given";
        }
        String type = declaredType.toUpperCase(Locale.ROOT);
        if (strict && type.equals("ANY")) {
            return "BLOB affinity: `any` in a strict table stores every value exactly as given";
        }
        String why = switch (affinity) {
            case INTEGER -> "the type contains INT";
            case TEXT -> "the type contains " + first(type, "CHAR", "CLOB", "TEXT");
            case BLOB -> "the type contains BLOB";
            case REAL -> "the type contains " + first(type, "REAL", "FLOA", "DOUB");
            case NUMERIC -> "no other rule matches `" + declaredType + "` (it contains none of INT, CHAR, CLOB, TEXT, BLOB, REAL, FLOA, DOUB)";
        };
        return affinity.sqlName() + " affinity: " + why;
    }

    private static String first(String type, String... words) {
        for (String word : words) {
            if (type.contains(word)) {
                return word;
            }
        }
        return words[0];
    }
}
