package io.dschema.analysis;

/**
 * Every diagnostic code, stable forever: a code is never reused for another meaning. docs/language.md
 * has the same table for users; DiagnosticCodeTest checks the two agree.
 * DS0xxx syntax, DS1xxx names and references, DS2xxx types and constraints, DS3xxx changes against
 * a database or the last migration, DS09xx configuration.
 */
public enum DiagnosticCode {
    // ---- DS0xxx: syntax
    SYNTAX_ERROR("DS0001", Severity.ERROR, "The text is not valid .dschema syntax."),
    UNEXPECTED_CHARACTER("DS0002", Severity.ERROR, "A character that is not part of the language."),
    UNTERMINATED_STRING("DS0003", Severity.ERROR, "A string without its closing quote on the same line."),
    UNTERMINATED_NAME("DS0004", Severity.ERROR, "A quoted name without its closing quote, backtick or bracket."),
    UNTERMINATED_COMMENT("DS0005", Severity.ERROR, "A block comment without its closing */."),
    UNSUPPORTED_SYNTAX("DS0006", Severity.ERROR,
            "SQLite syntax the language does not take (CONSTRAINT names, ON CONFLICT, MATCH, a string as a name, a bare word as a default, an expression in a primary key or unique constraint)."),
    REPEATED_CLAUSE("DS0007", Severity.ERROR, "A column constraint or table option written twice."),
    CONFLICTING_CLAUSES("DS0008", Severity.ERROR, "Clauses that contradict each other (null and not null; stored and virtual)."),
    INVALID_LITERAL("DS0009", Severity.ERROR, "A literal SQLite would refuse (a blob with an odd number of hex digits)."),
    UNREADABLE_FILE("DS0010", Severity.ERROR, "A schema file that cannot be read, or is not UTF-8 text."),

    // ---- DS1xxx: names and references
    DUPLICATE_TABLE("DS1001", Severity.ERROR, "Two tables with the same name (names compare case-insensitively)."),
    DUPLICATE_COLUMN("DS1002", Severity.ERROR, "Two columns of one table with the same name."),
    DUPLICATE_INDEX("DS1003", Severity.ERROR, "Two indexes with the same name, derived unique index names included."),
    NAME_CLASH("DS1004", Severity.ERROR, "A table, index or view name used by another kind of object (SQLite's one namespace; triggers have their own)."),
    RESERVED_NAME("DS1005", Severity.ERROR, "A table or index name starting with sqlite_, which SQLite reserves."),
    DUPLICATE_CONSTRAINT_NAME("DS1006", Severity.ERROR, "Two checks of one table with the same name."),
    UNKNOWN_TABLE("DS1010", Severity.ERROR, "A foreign key to a table the schema does not declare."),
    UNKNOWN_COLUMN("DS1011", Severity.ERROR, "A column name that the table does not have (keys, indexes, references, expressions)."),
    FOREIGN_KEY_ARITY("DS1012", Severity.ERROR, "A foreign key whose column count differs from its target's."),
    FOREIGN_KEY_TARGET_NOT_UNIQUE("DS1013", Severity.ERROR,
            "A foreign key whose parent columns are not exactly the parent's primary key or a non-partial unique index with the same collations."),
    FOREIGN_KEY_TARGET_WITHOUT_KEY("DS1014", Severity.ERROR, "A foreign key without parent columns to a table that has no primary key."),
    DUPLICATE_RENAME_HINT("DS1020", Severity.ERROR, "Two objects renamed from the same old name."),
    RENAME_HINT_TO_ITSELF("DS1021", Severity.WARNING, "A rename hint naming the object's own name."),
    CHECK_NAMES_OTHER_TABLE("DS1030", Severity.ERROR, "A check that names a column of another table."),
    DEFAULT_NAMES_COLUMN("DS1031", Severity.ERROR, "A default expression that names a column."),
    GENERATED_REFERS_TO_ITSELF("DS1032", Severity.ERROR, "A generated column whose expression refers to itself, directly or through other generated columns."),

    // ---- DS2xxx: types and constraints
    AUTOINCREMENT_NOT_ROWID_ALIAS("DS2001", Severity.ERROR, "autoincrement on anything but a rowid table's integer primary key."),
    MULTIPLE_PRIMARY_KEYS("DS2002", Severity.ERROR, "More than one primary key in a table."),
    WITHOUT_ROWID_WITHOUT_PRIMARY_KEY("DS2003", Severity.ERROR, "A without rowid table with no primary key."),
    STRICT_TYPE_NOT_ALLOWED("DS2004", Severity.ERROR, "A strict table column with a type other than int, integer, real, text, blob, any."),
    STRICT_COLUMN_WITHOUT_TYPE("DS2005", Severity.ERROR, "A strict table column with no type."),
    COLUMN_WITHOUT_TYPE("DS2006", Severity.WARNING, "A column with no type (BLOB affinity)."),
    SURPRISING_AFFINITY("DS2007", Severity.WARNING, "A type name whose SQLite affinity is not what it reads like (string is NUMERIC)."),
    NULLABLE_PRIMARY_KEY("DS2008", Severity.WARNING, "A primary key column that accepts NULL (SQLite's legacy rule); add not null."),
    CUSTOM_COLLATION("DS2009", Severity.WARNING, "A collation other than binary, nocase, rtrim, which the tools cannot check."),
    AGGREGATE_IN_EXPRESSION("DS2010", Severity.ERROR, "An aggregate function in a schema expression."),
    WINDOW_FUNCTION_IN_EXPRESSION("DS2011", Severity.ERROR, "A window function in a schema expression."),
    SUBQUERY_IN_EXPRESSION("DS2012", Severity.ERROR, "A subquery in a schema expression."),
    NON_DETERMINISTIC_IN_INDEX("DS2013", Severity.ERROR,
            "A non-deterministic function in an index expression, a partial index where or a generated column, or a clock read in a check."),
    GENERATED_COLUMN_MISUSE("DS2014", Severity.ERROR, "A generated column with a default, or in the primary key."),
    SUSPICIOUS_TYPE_NAME("DS2015", Severity.WARNING, "A type name with a word that looks like a misspelled constraint (text nott null)."),
    PARAMETER_IN_EXPRESSION("DS2016", Severity.ERROR, "A bound parameter (?, :name) or raise() in a schema expression."),

    // ---- DS31xx: the migration folder (generate, check)
    MIGRATION_FOLDER_INVALID("DS3101", Severity.ERROR,
            "A journal, snapshot or migration file that is missing, unreadable or malformed."),
    SNAPSHOT_CHAIN_BROKEN("DS3102", Severity.ERROR,
            "Snapshots that do not chain by id and prevId, two that follow the same one (a branch collision), or a journal and snapshots that do not match."),
    MIGRATION_EDITED("DS3103", Severity.ERROR, "A migration file changed after it was generated (its sha256 differs from the one its snapshot recorded)."),
    MIGRATION_REPLAY_FAILED("DS3104", Severity.ERROR, "A migration that fails when the folder is replayed on an empty database."),
    MIGRATION_REPLAY_DIFFERS("DS3105", Severity.ERROR, "Migrations that replay to a schema other than their snapshot says."),
    CHANGES_NOT_IN_MIGRATION("DS3106", Severity.ERROR, "The schema has changes that no migration holds yet: run dschema generate.");

    private final String id;
    private final Severity severity;
    private final String summary;

    DiagnosticCode(String id, Severity severity, String summary) {
        this.id = id;
        this.severity = severity;
        this.summary = summary;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** One line for the language reference's table. */
    public String summary() {
        return summary;
    }
}
