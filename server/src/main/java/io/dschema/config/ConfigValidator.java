package io.dschema.config;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a parsed dschema.json against the contract and turns it into {@link FileSettings}: every
 * key known, every value of the right type and allowed, {@code ${VAR}} expanded, paths made absolute
 * against the file's folder. It collects every problem instead of stopping at the first, so one run
 * shows the user all there is to fix.
 *
 * <p>Problems about variables that are not set are kept apart ({@link Validation#missingEnv()}): they
 * matter only where the value is used, and a flag may replace it (see {@link ConfigLoader}).
 */
final class ConfigValidator {

    record Validation(FileSettings settings, List<ConfigProblem> problems, List<ConfigProblem> missingEnv) {
    }

    private final PositionedJson.Document doc;
    private final Path file;
    private final Path baseDir;
    private final EnvInterpolator env;
    private final List<ConfigProblem> problems = new ArrayList<>();
    private final List<ConfigProblem> missingEnv = new ArrayList<>();

    private ConfigValidator(PositionedJson.Document doc, Path file, Map<String, String> env) {
        this.doc = doc;
        this.file = file;
        this.baseDir = file.toAbsolutePath().getParent();
        this.env = new EnvInterpolator(env);
    }

    static Validation validate(PositionedJson.Document doc, Path file, Map<String, String> env) {
        return new ConfigValidator(doc, file, env).run();
    }

    private Validation run() {
        List<SchemaEntry> schema = null;
        Path out = null;
        DatabaseUrl url = null;
        Secret token = null;
        Boolean verbose = null;
        Boolean strict = null;
        Boolean breakpoints = null;
        String table = null;
        MigrationPrefix prefix = null;
        TablesFilter tables = null;
        for (Map.Entry<String, JsonElement> e : doc.root().entrySet()) {
            String key = e.getKey();
            JsonElement value = e.getValue();
            switch (key) {
                case "$schema" -> text(key, value, false); // where editors find the JSON Schema; unused here
                case "schema" -> schema = schema(value);
                case "out" -> out = out(value);
                case "dbCredentials" -> {
                    JsonObject creds = object(key, value, "{ \"url\": \"file:./local.db\" }");
                    if (creds != null) {
                        checkKeys(key, creds, ConfigKeys.DB_CREDENTIALS);
                        url = url(creds);
                        token = token(creds);
                    }
                }
                case "verbose" -> verbose = bool(key, value);
                case "strict" -> strict = bool(key, value);
                case "breakpoints" -> breakpoints = bool(key, value);
                case "migrations" -> {
                    JsonObject m = object(key, value, "{ \"table\": \"__drizzle_migrations\", \"prefix\": \"index\" }");
                    if (m != null) {
                        checkKeys(key, m, ConfigKeys.MIGRATIONS);
                        table = m.has("table") ? nonEmpty("migrations.table", m.get("table"), "a table name") : null;
                        prefix = m.has("prefix") ? prefix(m.get("prefix")) : null;
                    }
                }
                case "tablesFilter" -> tables = tablesFilter(value);
                default -> unknown(key, key, ConfigKeys.ROOT);
            }
        }
        FileSettings settings = new FileSettings(schema, out, url, token, verbose, strict, breakpoints, table,
                prefix, tables);
        return new Validation(settings, problems, missingEnv);
    }

    // ---- keys and types -------------------------------------------------------------------------

    private void checkKeys(String parent, JsonObject object, List<String> known) {
        for (String key : object.keySet()) {
            if (!known.contains(key)) {
                unknown(parent + "." + key, key, known);
            }
        }
    }

    private void unknown(String path, String key, List<String> known) {
        error(path, ConfigCode.UNKNOWN_KEY, ConfigKeys.unknownKeyMessage(path, key, known));
    }

    private JsonObject object(String path, JsonElement value, String example) {
        if (value.isJsonObject()) {
            return value.getAsJsonObject();
        }
        error(path, ConfigCode.WRONG_TYPE, path + ": expected an object such as " + example + ", found "
                + describe(value, true));
        return null;
    }

    private Boolean bool(String path, JsonElement value) {
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean()) {
            return value.getAsBoolean();
        }
        error(path, ConfigCode.WRONG_TYPE, path + ": expected true or false (without quotes), found "
                + describe(value, true));
        return null;
    }

    /** The string at {@code path} with {@code ${VAR}} expanded, or null after a problem. */
    private String text(String path, JsonElement value, boolean secret) {
        if (!(value.isJsonPrimitive() && value.getAsJsonPrimitive().isString())) {
            error(path, ConfigCode.WRONG_TYPE, path + ": expected a string, found " + describe(value, !secret));
            return null;
        }
        EnvInterpolator.Expanded expanded = env.expand(value.getAsString());
        if (!expanded.ok()) {
            ConfigProblem p = ConfigProblem.error(origin(path), ConfigCode.MISSING_ENV, path + ": " + expanded.error());
            (expanded.missing() ? missingEnv : problems).add(p);
        }
        return expanded.text();
    }

    private String nonEmpty(String path, JsonElement value, String what) {
        String s = text(path, value, false);
        if (s != null && s.isBlank()) {
            error(path, ConfigCode.BAD_VALUE, path + ": is empty; write " + what + ", or remove the key for the default");
            return null;
        }
        return s;
    }

    // ---- values ---------------------------------------------------------------------------------

    private List<SchemaEntry> schema(JsonElement value) {
        if (value.isJsonArray()) {
            JsonArray array = value.getAsJsonArray();
            if (array.isEmpty()) {
                error("schema", ConfigCode.BAD_VALUE, "schema: the list is empty; name at least one file, folder"
                        + " or glob, e.g. \"./schema.dschema\"");
                return null;
            }
            List<SchemaEntry> entries = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                SchemaEntry entry = schemaEntry("schema[" + i + "]", array.get(i));
                if (entry != null) {
                    entries.add(entry);
                }
            }
            return entries.size() == array.size() ? entries : null;
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
            SchemaEntry entry = schemaEntry("schema", value);
            return entry == null ? null : List.of(entry);
        }
        error("schema", ConfigCode.WRONG_TYPE, "schema: expected a file, folder or glob as a string, or an array"
                + " of them, found " + describe(value, true));
        return null;
    }

    private SchemaEntry schemaEntry(String path, JsonElement value) {
        String s = nonEmpty(path, value, "a .dschema file, a folder or a glob");
        return s == null ? null : new SchemaEntry(s, baseDir, origin(path), false);
    }

    private Path out(JsonElement value) {
        String s = nonEmpty("out", value, "the migration folder, e.g. \"./migrations\"");
        if (s == null) {
            return null;
        }
        Checked<Path> resolved = Paths.resolve(baseDir, s);
        if (!resolved.isOk()) {
            error("out", ConfigCode.BAD_VALUE, "out: " + resolved.error());
            return null;
        }
        Path out = resolved.value();
        if (Files.isRegularFile(out)) {
            error("out", ConfigCode.BAD_VALUE, "out: " + out + " is a file; out names the migration folder"
                    + " (drizzle-kit layout), e.g. \"./migrations\"");
            return null;
        }
        return out;
    }

    private DatabaseUrl url(JsonObject creds) {
        if (!creds.has("url")) {
            error("dbCredentials", ConfigCode.BAD_VALUE, "dbCredentials: \"url\" is missing; add the database,"
                    + " e.g. \"url\": \"file:./local.db\", or remove dbCredentials for that default");
            return null;
        }
        String s = text("dbCredentials.url", creds.get("url"), false);
        if (s == null) {
            return null;
        }
        Checked<DatabaseUrl> url = DatabaseUrl.parse(s, baseDir);
        if (!url.isOk()) {
            error("dbCredentials.url", ConfigCode.BAD_URL, "dbCredentials.url: " + url.error());
        }
        return url.value();
    }

    private Secret token(JsonObject creds) {
        if (!creds.has("authToken")) {
            return null;
        }
        String s = text("dbCredentials.authToken", creds.get("authToken"), true);
        return s == null ? null : Secret.of(s);
    }

    private MigrationPrefix prefix(JsonElement value) {
        String s = text("migrations.prefix", value, false);
        if (s == null) {
            return null;
        }
        MigrationPrefix prefix = MigrationPrefix.fromJson(s).orElse(null);
        if (prefix == null) {
            error("migrations.prefix", ConfigCode.BAD_VALUE, "migrations.prefix: " + Values.quote(s)
                    + " is not a prefix; use one of " + MigrationPrefix.allowed() + " (as drizzle-kit)");
        }
        return prefix;
    }

    private TablesFilter tablesFilter(JsonElement value) {
        List<String> patterns = new ArrayList<>();
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
            patterns.add(pattern("tablesFilter", value));
        } else if (value.isJsonArray()) {
            JsonArray array = value.getAsJsonArray();
            if (array.isEmpty()) {
                error("tablesFilter", ConfigCode.BAD_VALUE, "tablesFilter: the list is empty, which would manage no"
                        + " table; write [\"*\"] for all tables, or remove the key");
                return null;
            }
            for (int i = 0; i < array.size(); i++) {
                patterns.add(pattern("tablesFilter[" + i + "]", array.get(i)));
            }
        } else {
            error("tablesFilter", ConfigCode.WRONG_TYPE, "tablesFilter: expected a glob string or an array of them,"
                    + " e.g. [\"*\", \"!legacy_*\"], found " + describe(value, true));
            return null;
        }
        return patterns.contains(null) ? null : new TablesFilter(patterns);
    }

    private String pattern(String path, JsonElement value) {
        String s = text(path, value, false);
        if (s == null) {
            return null;
        }
        String problem = TablesFilter.problemWith(s);
        if (problem != null) {
            error(path, ConfigCode.BAD_VALUE, path + ": " + problem);
            return null;
        }
        return s;
    }

    // ---- reporting ------------------------------------------------------------------------------

    private Origin origin(String path) {
        return doc.origin(file, path);
    }

    private void error(String path, ConfigCode code, String message) {
        problems.add(ConfigProblem.error(origin(path), code, message));
    }

    /** "a number (3)": the JSON type, and the value when it may be shown. */
    static String describe(JsonElement value, boolean showValue) {
        if (value.isJsonNull()) {
            return "null (remove the key to get the default)";
        }
        if (value.isJsonObject()) {
            return "an object";
        }
        if (value.isJsonArray()) {
            return "an array";
        }
        JsonPrimitive p = value.getAsJsonPrimitive();
        String type = p.isBoolean() ? "a boolean" : p.isNumber() ? "a number" : "a string";
        if (!showValue) {
            return type;
        }
        return type + " (" + (p.isString() ? Values.quote(p.getAsString()) : p.getAsString()) + ")";
    }
}
