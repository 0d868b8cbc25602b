package io.dschema.ide;

import java.util.List;

/**
 * The words of SQLite that completion offers: common column types, the built-in scalar functions
 * an expression in a schema may call (no aggregate, window or table function: a schema refuses
 * them), the built-in collations and the foreign key actions.
 */
final class SqliteVocabulary {

    private SqliteVocabulary() {
    }

    /**
     * A built-in function.
     *
     * @param deterministic false for the functions SQLite refuses in a check, an index and a
     *                      generated column (they may only stand in a {@code default (...)})
     */
    record Function(String name, String signature, boolean deterministic) {
    }

    /** The types a {@code strict} table allows, and what an ordinary table usually says. */
    static final List<String> STRICT_TYPES = List.of("integer", "int", "text", "real", "blob", "any");

    static final List<String> TYPES = List.of("integer", "int", "text", "real", "blob", "numeric", "boolean",
            "varchar(255)", "char(1)", "decimal(10, 2)", "double", "float", "date", "datetime", "timestamp", "json");

    static final List<String> COLLATIONS = List.of("binary", "nocase", "rtrim");

    static final List<String> ACTIONS = List.of("cascade", "restrict", "set null", "set default", "no action");

    static final List<Function> FUNCTIONS = List.of(
            f("abs", "abs(X)"), f("char", "char(X1, X2, ...)"), f("coalesce", "coalesce(X, Y, ...)"),
            f("concat", "concat(X, ...)"), f("concat_ws", "concat_ws(SEP, X, ...)"), f("format", "format(FORMAT, ...)"),
            f("glob", "glob(X, Y)"), f("hex", "hex(X)"), f("ifnull", "ifnull(X, Y)"), f("iif", "iif(X, Y, Z)"),
            f("instr", "instr(X, Y)"), f("length", "length(X)"), f("like", "like(X, Y)"), f("likelihood", "likelihood(X, Y)"),
            f("likely", "likely(X)"), f("lower", "lower(X)"), f("ltrim", "ltrim(X, Y)"), f("max", "max(X, Y, ...)"),
            f("min", "min(X, Y, ...)"), f("nullif", "nullif(X, Y)"), f("octet_length", "octet_length(X)"),
            f("printf", "printf(FORMAT, ...)"), f("quote", "quote(X)"), f("replace", "replace(X, Y, Z)"),
            f("round", "round(X, Y)"), f("rtrim", "rtrim(X, Y)"), f("sign", "sign(X)"), f("soundex", "soundex(X)"),
            f("substr", "substr(X, Y, Z)"), f("substring", "substring(X, Y, Z)"), f("trim", "trim(X, Y)"),
            f("typeof", "typeof(X)"), f("unhex", "unhex(X)"), f("unicode", "unicode(X)"), f("unlikely", "unlikely(X)"),
            f("upper", "upper(X)"), f("zeroblob", "zeroblob(N)"),
            f("date", "date(TIME, MODIFIER, ...)"), f("time", "time(TIME, MODIFIER, ...)"),
            f("datetime", "datetime(TIME, MODIFIER, ...)"), f("julianday", "julianday(TIME, MODIFIER, ...)"),
            f("unixepoch", "unixepoch(TIME, MODIFIER, ...)"), f("strftime", "strftime(FORMAT, TIME, MODIFIER, ...)"),
            f("timediff", "timediff(TIME1, TIME2)"),
            f("json", "json(X)"), f("json_array", "json_array(X, ...)"), f("json_extract", "json_extract(X, PATH, ...)"),
            f("json_object", "json_object(LABEL, VALUE, ...)"), f("json_type", "json_type(X, PATH)"),
            f("json_valid", "json_valid(X)"), f("json_array_length", "json_array_length(X, PATH)"),
            f("json_insert", "json_insert(X, PATH, VALUE, ...)"), f("json_remove", "json_remove(X, PATH, ...)"),
            f("json_replace", "json_replace(X, PATH, VALUE, ...)"), f("json_set", "json_set(X, PATH, VALUE, ...)"),
            f("json_quote", "json_quote(X)"), f("jsonb", "jsonb(X)"),
            new Function("random", "random()", false), new Function("randomblob", "randomblob(N)", false),
            new Function("changes", "changes()", false), new Function("last_insert_rowid", "last_insert_rowid()", false),
            new Function("total_changes", "total_changes()", false));

    private static Function f(String name, String signature) {
        return new Function(name, signature, true);
    }
}
