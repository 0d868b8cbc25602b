package io.dschema.migrate.folder;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code meta/_journal.json}: the list of migrations in the order drizzle-kit wrote them (format
 * {@code "7"}, dialect {@code "sqlite"} or {@code "turso"}). Read leniently enough to report every
 * problem at once, written byte for byte as drizzle-kit writes it ({@code JSON.stringify(j, null, 2)},
 * no trailing newline).
 */
public record Journal(String version, String dialect, List<JournalEntry> entries) {

    public static final String FORMAT = "7";

    public Journal {
        entries = List.copyOf(entries);
    }

    public static Journal empty(String dialect) {
        return new Journal(FORMAT, dialect, List.of());
    }

    /** The journal with {@code entry} appended. */
    public Journal with(JournalEntry entry) {
        List<JournalEntry> next = new ArrayList<>(entries);
        next.add(entry);
        return new Journal(version, dialect, next);
    }

    /** The text drizzle-kit would write. */
    public String toJson() {
        JsonObject root = new JsonObject();
        root.addProperty("version", version);
        root.addProperty("dialect", dialect);
        JsonArray array = new JsonArray();
        for (JournalEntry entry : entries) {
            JsonObject item = new JsonObject();
            item.addProperty("idx", entry.idx());
            item.addProperty("version", entry.version());
            item.addProperty("when", entry.when());
            item.addProperty("tag", entry.tag());
            item.addProperty("breakpoints", entry.breakpoints());
            array.add(item);
        }
        root.add("entries", array);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
    }

    /**
     * Parses the journal's text. Problems (a field missing or of the wrong type, an idx out of
     * sequence) are added to {@code problems} as one line each, naming the entry and the field;
     * null when the text is not a journal at all.
     */
    public static Journal parse(String text, List<String> problems) {
        JsonElement root;
        try {
            root = JsonParser.parseString(text);
        } catch (JsonSyntaxException e) {
            problems.add("not valid JSON (" + e.getMessage() + ")");
            return null;
        }
        if (!root.isJsonObject() || !root.getAsJsonObject().has("entries") || !root.getAsJsonObject().get("entries").isJsonArray()) {
            problems.add("not a drizzle-kit journal: an object with an \"entries\" array is expected");
            return null;
        }
        JsonObject object = root.getAsJsonObject();
        String version = string(object, "version", "the journal", problems);
        String dialect = string(object, "dialect", "the journal", problems);
        if (version != null && !version.equals(FORMAT)) {
            problems.add("journal version \"" + version + "\": only version \"" + FORMAT + "\" (drizzle-kit 0.2x and later) is read");
        }
        if (dialect != null && !dialect.equals("sqlite") && !dialect.equals("turso")) {
            problems.add("journal dialect \"" + dialect + "\": this folder is not for SQLite");
        }
        List<JournalEntry> entries = new ArrayList<>();
        JsonArray array = object.getAsJsonArray("entries");
        for (int i = 0; i < array.size(); i++) {
            String where = "entry " + i;
            if (!array.get(i).isJsonObject()) {
                problems.add(where + ": not an object");
                continue;
            }
            JsonObject item = array.get(i).getAsJsonObject();
            Long idx = number(item, "idx", where, problems);
            String entryVersion = string(item, "version", where, problems);
            Long when = number(item, "when", where, problems);
            String tag = string(item, "tag", where, problems);
            Boolean breakpoints = bool(item, "breakpoints", where, problems);
            if (idx != null && idx != i) {
                problems.add(where + " (" + tag + "): idx is " + idx + ", expected " + i);
            }
            if (idx != null && entryVersion != null && when != null && tag != null && breakpoints != null) {
                entries.add(new JournalEntry(idx.intValue(), entryVersion, when, tag, breakpoints));
            }
        }
        return new Journal(version == null ? FORMAT : version, dialect == null ? "sqlite" : dialect, entries);
    }

    private static String string(JsonObject object, String key, String where, List<String> problems) {
        JsonElement value = object.get(key);
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            problems.add(where + ": \"" + key + "\" must be a string");
            return null;
        }
        return value.getAsString();
    }

    private static Long number(JsonObject object, String key, String where, List<String> problems) {
        JsonElement value = object.get(key);
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            problems.add(where + ": \"" + key + "\" must be a number");
            return null;
        }
        return value.getAsLong();
    }

    private static Boolean bool(JsonObject object, String key, String where, List<String> problems) {
        JsonElement value = object.get(key);
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
            problems.add(where + ": \"" + key + "\" must be true or false");
            return null;
        }
        return value.getAsBoolean();
    }
}
