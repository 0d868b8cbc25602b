package io.dschema.sqlite;

/** Quoting for every statement dschema builds: identifiers always quoted, literals always escaped. */
public final class Sql {

    private Sql() {
    }

    /** {@code "name"}, with inner double quotes doubled. */
    public static String ident(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** {@code 'text'}, with inner single quotes doubled. */
    public static String string(String text) {
        return '\'' + text.replace("'", "''") + '\'';
    }
}
