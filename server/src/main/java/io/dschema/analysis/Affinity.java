package io.dschema.analysis;

/**
 * SQLite's column affinities and the rules that give a declared type its affinity, exactly as
 * section 3.1 of SQLite's datatype3 page states them: the first rule that matches wins.
 * <ol>
 *   <li>the type contains {@code INT}: {@link #INTEGER};</li>
 *   <li>it contains {@code CHAR}, {@code CLOB} or {@code TEXT}: {@link #TEXT};</li>
 *   <li>it contains {@code BLOB}, or there is no type: {@link #BLOB};</li>
 *   <li>it contains {@code REAL}, {@code FLOA} or {@code DOUB}: {@link #REAL};</li>
 *   <li>otherwise: {@link #NUMERIC}.</li>
 * </ol>
 * Matching ignores ASCII case and looks at the whole type text, size included, so {@code point}
 * is INTEGER (it contains INT), {@code floating point} too (rule 1 comes before rule 4), and
 * {@code string}, {@code datetime} and {@code any} are NUMERIC. The same rules give the affinity of
 * a {@code cast(x as TYPE)}.
 */
public enum Affinity {
    INTEGER, TEXT, BLOB, REAL, NUMERIC;

    /** The affinity SQLite gives a declared type; null or blank (no type) is {@link #BLOB}. */
    public static Affinity of(String declaredType) {
        if (declaredType == null || declaredType.isBlank()) {
            return BLOB;
        }
        String type = upper(declaredType);
        if (type.contains("INT")) {
            return INTEGER;
        }
        if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT")) {
            return TEXT;
        }
        if (type.contains("BLOB")) {
            return BLOB;
        }
        if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB")) {
            return REAL;
        }
        return NUMERIC;
    }

    /**
     * The affinity of a column, taking {@code strict} tables into account. A strict table allows
     * only {@code int}, {@code integer}, {@code real}, {@code text}, {@code blob} and {@code any};
     * the first five follow {@link #of}, while {@code any} stores every value exactly as given (no
     * conversion at all), which is what {@link #BLOB} affinity does. Outside a strict table
     * {@code any} is an ordinary type name and gets NUMERIC by rule 5.
     */
    public static Affinity ofColumn(String declaredType, boolean strict) {
        if (strict && declaredType != null && upper(declaredType).equals("ANY")) {
            return BLOB;
        }
        return of(declaredType);
    }

    /** The affinity's name as SQLite's documentation writes it: {@code INTEGER}, {@code TEXT}... */
    public String sqlName() {
        return name();
    }

    /** ASCII-only upper case, never locale-dependent (a Turkish locale must not turn {@code i} into a dotted I). */
    private static String upper(String text) {
        StringBuilder upper = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            upper.append(c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c);
        }
        return upper.toString();
    }
}
