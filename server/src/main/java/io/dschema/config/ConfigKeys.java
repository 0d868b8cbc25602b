package io.dschema.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The keys dschema.json may hold, and the advice for a key it may not.
 *
 * <p>An unknown key is an error, not a warning: drizzle-kit ignores unknown keys, but a typo such as
 * {@code tableFilter} that is silently ignored means the tools manage tables the user meant to keep
 * out, or push to a database the user did not mean. Failing loudly, with the nearest known key,
 * costs one edit; ignoring it can cost data.
 */
final class ConfigKeys {

    static final List<String> ROOT = List.of("$schema", "schema", "out", "dbCredentials", "verbose", "strict",
            "breakpoints", "migrations", "tablesFilter");
    static final List<String> DB_CREDENTIALS = List.of("url", "authToken");
    static final List<String> MIGRATIONS = List.of("table", "prefix");

    /** drizzle.config.ts settings people bring along, with why dschema has no use for them. */
    private static final Map<String, String> DRIZZLE_ONLY = Map.of(
            "dialect", "dschema always targets SQLite and Turso (libSQL), so there is no dialect to choose; remove it",
            "driver", "the URL says which driver is used (file: for a SQLite file, libsql:// or https:// for Turso);"
                    + " remove it",
            "schemaFilter", "SQLite has no schemas (namespaces); remove it, and choose tables with tablesFilter",
            "casing", "a .dschema file names every table and column exactly; remove it",
            "introspect", "pull writes a .dschema file and needs no casing option; remove it",
            "entities", "dschema manages tables, indexes, views and triggers as written in the schema; remove it",
            "extensionsFilters", "SQLite has no extensions to filter; remove it");

    private ConfigKeys() {
    }

    /** The sentence for the unknown key at {@code path} (its last segment is the key), among {@code known}. */
    static String unknownKeyMessage(String path, String key, List<String> known) {
        String base = path + ": unknown key";
        if (known == ROOT && DRIZZLE_ONLY.containsKey(key)) {
            return base + " (a drizzle-kit setting): " + DRIZZLE_ONLY.get(key);
        }
        String near = nearest(key, known);
        if (near != null) {
            return base + "; did you mean \"" + near + "\"?";
        }
        String elsewhere = elsewhere(key, known);
        if (elsewhere != null) {
            return base + " here; it belongs at " + elsewhere;
        }
        return base + "; the keys here are " + String.join(", ", known);
    }

    /** A key of another object that was written at the wrong level, e.g. {@code url} at the top. */
    private static String elsewhere(String key, List<String> known) {
        if (known != DB_CREDENTIALS && DB_CREDENTIALS.contains(key)) {
            return "dbCredentials." + key + ", inside \"dbCredentials\": { ... }";
        }
        if (known != MIGRATIONS && MIGRATIONS.contains(key)) {
            return "migrations." + key + ", inside \"migrations\": { ... }";
        }
        if (known != ROOT && ROOT.contains(key)) {
            return "the top level of the file";
        }
        return null;
    }

    /** The known key closest to {@code key}, ignoring case, when it is close enough to be a typo. */
    static String nearest(String key, List<String> known) {
        String lower = key.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        int allowed = key.length() <= 4 ? 1 : key.length() <= 8 ? 2 : 3;
        return bestDistance <= allowed ? best : null;
    }

    /** Levenshtein distance, two rows. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
