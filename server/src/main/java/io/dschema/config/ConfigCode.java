package io.dschema.config;

/**
 * Stable codes of the problems found while loading {@code dschema.json} and the flags that override
 * it. Every config problem is an error today (the command line exits with 1); the codes never change
 * meaning once released.
 *
 * <table>
 *   <caption>Config problem codes</caption>
 *   <tr><th>code</th><th>meaning</th><th>typical fix</th></tr>
 *   <tr><td>DS0901</td><td>the file cannot be read or is not JSON (comments and trailing commas are allowed)</td>
 *       <td>fix the syntax at the position shown</td></tr>
 *   <tr><td>DS0902</td><td>unknown key (a close known key is suggested)</td><td>rename or remove the key</td></tr>
 *   <tr><td>DS0903</td><td>a value of the wrong JSON type (a number where a string is expected, ...)</td>
 *       <td>write the type named in the message</td></tr>
 *   <tr><td>DS0904</td><td>a value of the right type that is not allowed (unknown prefix, empty path,
 *       empty tablesFilter, ...)</td><td>use one of the values listed in the message</td></tr>
 *   <tr><td>DS0905</td><td>a database URL that is not accepted</td>
 *       <td>use file:, libsql://, https://, or http:// to a loopback host</td></tr>
 *   <tr><td>DS0906</td><td>an environment variable named by {@code ${VAR}} is not set, or the
 *       {@code ${...}} reference is malformed</td><td>set the variable, or fix the reference</td></tr>
 *   <tr><td>DS0907</td><td>a schema file or folder that does not exist, a folder without .dschema
 *       files, or a glob that matches none</td><td>fix the path (relative to the config file's folder)</td></tr>
 *   <tr><td>DS0908</td><td>the config file named by {@code --config} does not exist</td>
 *       <td>fix the path, or drop --config to use discovery</td></tr>
 *   <tr><td>DS0909</td><td>the same key twice in one object (JSON would silently keep the last)</td>
 *       <td>remove one of them</td></tr>
 * </table>
 */
public enum ConfigCode {
    SYNTAX("DS0901"),
    UNKNOWN_KEY("DS0902"),
    WRONG_TYPE("DS0903"),
    BAD_VALUE("DS0904"),
    BAD_URL("DS0905"),
    MISSING_ENV("DS0906"),
    SCHEMA_NOT_FOUND("DS0907"),
    CONFIG_NOT_FOUND("DS0908"),
    DUPLICATE_KEY("DS0909");

    private final String id;

    ConfigCode(String id) {
        this.id = id;
    }

    /** The printed code, e.g. {@code DS0902}. */
    public String id() {
        return id;
    }
}
