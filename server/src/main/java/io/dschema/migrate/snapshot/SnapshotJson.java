package io.dschema.migrate.snapshot;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.dschema.model.SqlObject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link Snapshot} as JSON: written key for key in drizzle-kit's order and layout
 * ({@code JSON.stringify(s, null, 2)}, no trailing newline); read leniently, each problem one line
 * naming the field ({@code tables.users.columns.id: "notNull" must be true or false}), so a folder
 * drizzle-kit wrote, or one edited by hand, is read as far as it can be.
 */
public final class SnapshotJson {

    private SnapshotJson() {
    }

    // ------------------------------------------------------------------ writing

    public static String write(Snapshot snapshot) {
        JsonObject root = new JsonObject();
        root.addProperty("version", snapshot.version());
        root.addProperty("dialect", snapshot.dialect());
        root.addProperty("id", snapshot.id());
        root.addProperty("prevId", snapshot.prevId());
        JsonObject tables = new JsonObject();
        for (Snapshot.Table table : snapshot.tables()) {
            tables.add(table.name(), table(table));
        }
        root.add("tables", tables);
        root.add("views", new JsonObject());
        root.add("enums", new JsonObject());
        JsonObject meta = new JsonObject();
        meta.add("schemas", new JsonObject());
        meta.add("tables", strings(snapshot.renamedTables()));
        meta.add("columns", strings(snapshot.renamedColumns()));
        if (!snapshot.extras().isEmpty()) {
            meta.add("dschema", extras(snapshot.extras()));
        }
        root.add("_meta", meta);
        JsonObject internalIndexes = new JsonObject();
        snapshot.expressionColumns().forEach((index, columns) -> {
            JsonObject marks = new JsonObject();
            for (String column : columns) {
                JsonObject mark = new JsonObject();
                mark.addProperty("isExpression", true);
                marks.add(column, mark);
            }
            JsonObject entry = new JsonObject();
            entry.add("columns", marks);
            internalIndexes.add(index, entry);
        });
        JsonObject internal = new JsonObject();
        internal.add("indexes", internalIndexes);
        root.add("internal", internal);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root);
    }

    private static JsonObject table(Snapshot.Table table) {
        JsonObject out = new JsonObject();
        out.addProperty("name", table.name());
        JsonObject columns = new JsonObject();
        for (Snapshot.Column column : table.columns()) {
            JsonObject c = new JsonObject();
            c.addProperty("name", column.name());
            c.addProperty("type", column.type());
            c.addProperty("primaryKey", column.primaryKey());
            c.addProperty("notNull", column.notNull());
            c.addProperty("autoincrement", column.autoincrement());
            if (column.defaultValue() instanceof Number number) {
                c.addProperty("default", number);
            } else if (column.defaultValue() instanceof Boolean bool) {
                c.addProperty("default", bool);
            } else if (column.defaultValue() != null) {
                c.addProperty("default", column.defaultValue().toString());
            }
            if (column.generated() != null) {
                JsonObject generated = new JsonObject();
                generated.addProperty("as", column.generated().as());
                generated.addProperty("type", column.generated().type());
                c.add("generated", generated);
            }
            columns.add(column.name(), c);
        }
        out.add("columns", columns);
        JsonObject indexes = new JsonObject();
        for (Snapshot.Index index : table.indexes()) {
            JsonObject i = new JsonObject();
            i.addProperty("name", index.name());
            i.add("columns", array(index.columns()));
            i.addProperty("isUnique", index.isUnique());
            if (index.where() != null) {
                i.addProperty("where", index.where());
            }
            indexes.add(index.name(), i);
        }
        out.add("indexes", indexes);
        JsonObject foreignKeys = new JsonObject();
        for (Snapshot.ForeignKey key : table.foreignKeys()) {
            JsonObject f = new JsonObject();
            f.addProperty("name", key.name());
            f.addProperty("tableFrom", key.tableFrom());
            f.addProperty("tableTo", key.tableTo());
            f.add("columnsFrom", array(key.columnsFrom()));
            f.add("columnsTo", array(key.columnsTo()));
            f.addProperty("onDelete", key.onDelete());
            f.addProperty("onUpdate", key.onUpdate());
            foreignKeys.add(key.name(), f);
        }
        out.add("foreignKeys", foreignKeys);
        JsonObject keys = new JsonObject();
        for (Snapshot.CompositePrimaryKey key : table.compositePrimaryKeys()) {
            JsonObject k = new JsonObject();
            k.add("columns", array(key.columns()));
            k.addProperty("name", key.name());
            keys.add(key.name(), k);
        }
        out.add("compositePrimaryKeys", keys);
        out.add("uniqueConstraints", new JsonObject());
        JsonObject checks = new JsonObject();
        for (Snapshot.Check check : table.checks()) {
            JsonObject k = new JsonObject();
            k.addProperty("name", check.name());
            k.addProperty("value", check.value());
            checks.add(check.name(), k);
        }
        out.add("checkConstraints", checks);
        return out;
    }

    private static JsonObject extras(Snapshot.Extras extras) {
        JsonObject out = new JsonObject();
        if (extras.sqlHash() != null) {
            out.addProperty("sqlHash", extras.sqlHash());
        }
        if (extras.custom()) {
            out.addProperty("custom", true);
        }
        if (!extras.tables().isEmpty()) {
            JsonObject tables = new JsonObject();
            extras.tables().forEach((name, table) -> tables.add(name, tableExtras(table)));
            out.add("tables", tables);
        }
        if (!extras.views().isEmpty()) {
            out.add("views", objects(extras.views()));
        }
        if (!extras.triggers().isEmpty()) {
            out.add("triggers", objects(extras.triggers()));
        }
        return out;
    }

    private static JsonObject tableExtras(Snapshot.TableExtras table) {
        JsonObject out = new JsonObject();
        if (table.strict()) {
            out.addProperty("strict", true);
        }
        if (table.withoutRowid()) {
            out.addProperty("withoutRowid", true);
        }
        if (!table.collations().isEmpty()) {
            out.add("collations", strings(table.collations()));
        }
        if (table.primaryKey() != null) {
            JsonObject key = new JsonObject();
            key.addProperty("tableLevel", table.primaryKey().tableLevel());
            key.add("parts", parts(table.primaryKey().parts()));
            out.add("primaryKey", key);
        }
        if (!table.indexParts().isEmpty()) {
            JsonObject indexes = new JsonObject();
            table.indexParts().forEach((name, parts) -> indexes.add(name, parts(parts)));
            out.add("indexes", indexes);
        }
        if (!table.deferrable().isEmpty()) {
            out.add("deferrable", strings(table.deferrable()));
        }
        if (!table.unnamedChecks().isEmpty()) {
            out.add("unnamedChecks", array(List.copyOf(table.unnamedChecks())));
        }
        if (!table.inlineUniques().isEmpty()) {
            out.add("inlineUniques", array(List.copyOf(table.inlineUniques())));
        }
        return out;
    }

    private static JsonArray parts(List<Snapshot.Part> parts) {
        JsonArray out = new JsonArray();
        for (Snapshot.Part part : parts) {
            JsonObject p = new JsonObject();
            if (part.collation() != null) {
                p.addProperty("collation", part.collation());
            }
            if (part.desc()) {
                p.addProperty("order", "desc");
            }
            out.add(p);
        }
        return out;
    }

    private static JsonArray objects(List<SqlObject> objects) {
        JsonArray out = new JsonArray();
        for (SqlObject object : objects) {
            JsonObject o = new JsonObject();
            o.addProperty("name", object.name());
            o.addProperty("table", object.tableName());
            o.addProperty("sql", object.sql());
            o.add("dependsOn", array(object.dependsOn()));
            out.add(o);
        }
        return out;
    }

    private static JsonObject strings(Map<String, String> map) {
        JsonObject out = new JsonObject();
        map.forEach(out::addProperty);
        return out;
    }

    private static JsonArray array(List<String> items) {
        JsonArray out = new JsonArray();
        items.forEach(out::add);
        return out;
    }

    // ------------------------------------------------------------------ reading

    /**
     * Reads a snapshot's text. Problems go to {@code problems} (one line each, naming the field);
     * null when the text is no snapshot at all (not JSON, not an object, a version other than "6").
     */
    public static Snapshot read(String text, List<String> problems) {
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(text);
        } catch (RuntimeException e) {
            problems.add("not valid JSON (" + e.getMessage() + ")");
            return null;
        }
        if (!parsed.isJsonObject()) {
            problems.add("not a drizzle-kit snapshot: a JSON object is expected");
            return null;
        }
        Reader root = new Reader(parsed.getAsJsonObject(), "", problems);
        String version = root.string("version", null);
        if (version == null) {
            return null;
        }
        if (!version.equals(Snapshot.VERSION)) {
            problems.add("snapshot version \"" + version + "\": only version \"6\" is read"
                    + (version.compareTo("6") < 0 ? " (run drizzle-kit up to upgrade it)" : ""));
            return null;
        }
        String dialect = root.string("dialect", "sqlite");
        if (dialect != null && !dialect.equals("sqlite") && !dialect.equals("turso")) {
            problems.add("dialect \"" + dialect + "\": this snapshot is not for SQLite");
        }
        String id = root.string("id", null);
        String prevId = root.string("prevId", null);
        List<Snapshot.Table> tables = new ArrayList<>();
        Reader tablesReader = root.object("tables");
        if (tablesReader != null) {
            for (Map.Entry<String, JsonElement> entry : tablesReader.object.entrySet()) {
                Reader table = tablesReader.object(entry.getKey());
                if (table != null) {
                    tables.add(table(table, entry.getKey()));
                }
            }
        }
        Map<String, String> renamedTables = Map.of();
        Map<String, String> renamedColumns = Map.of();
        Snapshot.Extras extras = Snapshot.Extras.NONE;
        Reader meta = root.optionalObject("_meta");
        if (meta != null) {
            renamedTables = meta.stringMap("tables");
            renamedColumns = meta.stringMap("columns");
            Reader dschema = meta.optionalObject("dschema");
            if (dschema != null) {
                extras = extras(dschema);
            }
        }
        Map<String, Set<String>> expressionColumns = new LinkedHashMap<>();
        Reader internal = root.optionalObject("internal");
        Reader internalIndexes = internal == null ? null : internal.optionalObject("indexes");
        if (internalIndexes != null) {
            for (String index : internalIndexes.object.keySet()) {
                Reader entry = internalIndexes.object(index);
                Reader columns = entry == null ? null : entry.optionalObject("columns");
                if (columns == null) {
                    continue;
                }
                Set<String> marked = new LinkedHashSet<>();
                for (String column : columns.object.keySet()) {
                    Reader mark = columns.object(column);
                    if (mark != null && mark.bool("isExpression", false)) {
                        marked.add(column);
                    }
                }
                expressionColumns.put(index, marked);
            }
        }
        return new Snapshot(version, dialect == null ? "sqlite" : dialect, id, prevId, tables, renamedTables,
                renamedColumns, expressionColumns, extras);
    }

    private static Snapshot.Table table(Reader table, String key) {
        String name = table.string("name", key);
        List<Snapshot.Column> columns = new ArrayList<>();
        Reader columnsReader = table.object("columns");
        if (columnsReader != null) {
            for (String columnKey : columnsReader.object.keySet()) {
                Reader c = columnsReader.object(columnKey);
                if (c == null) {
                    continue;
                }
                Snapshot.Generated generated = null;
                Reader g = c.optionalObject("generated");
                if (g != null) {
                    generated = new Snapshot.Generated(g.string("type", "virtual"), g.string("as", ""));
                }
                columns.add(new Snapshot.Column(c.string("name", columnKey), c.string("type", ""),
                        c.bool("primaryKey", false), c.bool("notNull", false), c.optionalBool("autoincrement"),
                        c.defaultValue(), generated));
            }
        }
        List<Snapshot.Index> indexes = new ArrayList<>();
        Reader indexesReader = table.optionalObject("indexes");
        if (indexesReader != null) {
            for (String indexKey : indexesReader.object.keySet()) {
                Reader i = indexesReader.object(indexKey);
                if (i != null) {
                    indexes.add(new Snapshot.Index(i.string("name", indexKey), i.strings("columns"),
                            i.optionalString("where"), i.bool("isUnique", false)));
                }
            }
        }
        List<Snapshot.ForeignKey> foreignKeys = new ArrayList<>();
        Reader keysReader = table.optionalObject("foreignKeys");
        if (keysReader != null) {
            for (String fkKey : keysReader.object.keySet()) {
                Reader f = keysReader.object(fkKey);
                if (f != null) {
                    foreignKeys.add(new Snapshot.ForeignKey(f.string("name", fkKey), f.string("tableFrom", name),
                            f.strings("columnsFrom"), f.string("tableTo", ""), f.strings("columnsTo"),
                            f.optionalString("onUpdate"), f.optionalString("onDelete")));
                }
            }
        }
        List<Snapshot.CompositePrimaryKey> composite = new ArrayList<>();
        Reader compositeReader = table.optionalObject("compositePrimaryKeys");
        if (compositeReader != null) {
            for (String pkKey : compositeReader.object.keySet()) {
                Reader k = compositeReader.object(pkKey);
                if (k != null) {
                    String pkName = k.optionalString("name");
                    composite.add(new Snapshot.CompositePrimaryKey(pkName == null ? pkKey : pkName, k.strings("columns")));
                }
            }
        }
        List<Snapshot.Check> checks = new ArrayList<>();
        Reader checksReader = table.optionalObject("checkConstraints");
        if (checksReader != null) {
            for (String checkKey : checksReader.object.keySet()) {
                Reader k = checksReader.object(checkKey);
                if (k != null) {
                    checks.add(new Snapshot.Check(k.string("name", checkKey), k.string("value", "")));
                }
            }
        }
        Reader uniques = table.optionalObject("uniqueConstraints");
        if (uniques != null) {
            // drizzle-kit never writes them for SQLite, but its format allows them: they are unique indexes
            for (String uniqueKey : uniques.object.keySet()) {
                Reader u = uniques.object(uniqueKey);
                if (u != null) {
                    indexes.add(new Snapshot.Index(u.string("name", uniqueKey), u.strings("columns"), null, true));
                }
            }
        }
        return new Snapshot.Table(name, columns, indexes, foreignKeys, composite, checks);
    }

    private static Snapshot.Extras extras(Reader dschema) {
        Map<String, Snapshot.TableExtras> tables = new LinkedHashMap<>();
        Reader tablesReader = dschema.optionalObject("tables");
        if (tablesReader != null) {
            for (String name : tablesReader.object.keySet()) {
                Reader t = tablesReader.object(name);
                if (t == null) {
                    continue;
                }
                Snapshot.PrimaryKeyExtras key = null;
                Reader k = t.optionalObject("primaryKey");
                if (k != null) {
                    key = new Snapshot.PrimaryKeyExtras(k.bool("tableLevel", false), k.parts("parts"));
                }
                Map<String, List<Snapshot.Part>> indexParts = new LinkedHashMap<>();
                Reader indexes = t.optionalObject("indexes");
                if (indexes != null) {
                    for (String index : indexes.object.keySet()) {
                        indexParts.put(index, indexes.parts(index));
                    }
                }
                tables.put(name, new Snapshot.TableExtras(t.bool("strict", false), t.bool("withoutRowid", false),
                        t.stringMap("collations"), key, indexParts, t.stringMap("deferrable"),
                        new LinkedHashSet<>(t.strings("unnamedChecks")), new LinkedHashSet<>(t.strings("inlineUniques"))));
            }
        }
        return new Snapshot.Extras(dschema.optionalString("sqlHash"), dschema.bool("custom", false), tables,
                dschema.sqlObjects("views", SqlObject.Kind.VIEW), dschema.sqlObjects("triggers", SqlObject.Kind.TRIGGER));
    }

    /** A JSON object with the path that leads to it, reporting what is missing or mistyped. */
    private static final class Reader {
        final JsonObject object;
        final String path;
        final List<String> problems;

        Reader(JsonObject object, String path, List<String> problems) {
            this.object = object;
            this.path = path;
            this.problems = problems;
        }

        private String where() {
            return path.isEmpty() ? "the snapshot" : path;
        }

        private String child(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        Reader object(String key) {
            JsonElement value = object.get(key);
            if (value == null || !value.isJsonObject()) {
                problems.add(where() + ": \"" + key + "\" must be an object");
                return null;
            }
            return new Reader(value.getAsJsonObject(), child(key), problems);
        }

        Reader optionalObject(String key) {
            JsonElement value = object.get(key);
            return value == null || value.isJsonNull() ? null : object(key);
        }

        String string(String key, String fallback) {
            JsonElement value = object.get(key);
            if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
                problems.add(where() + ": \"" + key + "\" must be a string");
                return fallback;
            }
            return value.getAsString();
        }

        String optionalString(String key) {
            JsonElement value = object.get(key);
            return value == null || value.isJsonNull() ? null : string(key, null);
        }

        boolean bool(String key, boolean fallback) {
            JsonElement value = object.get(key);
            if (value == null) {
                if (!fallbackAllowed(key)) {
                    problems.add(where() + ": \"" + key + "\" must be true or false");
                }
                return fallback;
            }
            if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
                problems.add(where() + ": \"" + key + "\" must be true or false");
                return fallback;
            }
            return value.getAsBoolean();
        }

        /** Fields drizzle-kit's own schema makes required are reported when missing; the others default. */
        private boolean fallbackAllowed(String key) {
            return !(key.equals("primaryKey") || key.equals("notNull") || key.equals("isUnique"));
        }

        boolean optionalBool(String key) {
            JsonElement value = object.get(key);
            return value != null && !value.isJsonNull() && bool(key, false);
        }

        List<String> strings(String key) {
            JsonElement value = object.get(key);
            if (value == null || value.isJsonNull()) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            if (!value.isJsonArray()) {
                problems.add(where() + ": \"" + key + "\" must be an array of strings");
                return out;
            }
            for (JsonElement item : value.getAsJsonArray()) {
                if (item.isJsonPrimitive() && item.getAsJsonPrimitive().isString()) {
                    out.add(item.getAsString());
                } else {
                    problems.add(where() + ": \"" + key + "\" must be an array of strings");
                }
            }
            return out;
        }

        Map<String, String> stringMap(String key) {
            Reader map = optionalObject(key);
            Map<String, String> out = new LinkedHashMap<>();
            if (map != null) {
                for (String name : map.object.keySet()) {
                    String value = map.string(name, null);
                    if (value != null) {
                        out.put(name, value);
                    }
                }
            }
            return out;
        }

        /** drizzle's default: a string is SQL, a number or boolean itself, an object or array its JSON in quotes (as drizzle-kit up does). */
        Object defaultValue() {
            JsonElement value = object.get("default");
            if (value == null || value instanceof JsonNull) {
                return null;
            }
            if (value.isJsonPrimitive()) {
                JsonPrimitive primitive = value.getAsJsonPrimitive();
                if (primitive.isBoolean()) {
                    return primitive.getAsBoolean();
                }
                if (primitive.isNumber()) {
                    return primitive.getAsNumber();
                }
                return primitive.getAsString();
            }
            return "'" + value.toString().replace("'", "''") + "'";
        }

        List<Snapshot.Part> parts(String key) {
            JsonElement value = object.get(key);
            List<Snapshot.Part> out = new ArrayList<>();
            if (value == null || !value.isJsonArray()) {
                problems.add(where() + ": \"" + key + "\" must be an array");
                return out;
            }
            for (JsonElement item : value.getAsJsonArray()) {
                if (!item.isJsonObject()) {
                    problems.add(child(key) + ": each part must be an object");
                    continue;
                }
                Reader part = new Reader(item.getAsJsonObject(), child(key), problems);
                String order = part.optionalString("order");
                out.add(new Snapshot.Part(part.optionalString("collation"), "desc".equalsIgnoreCase(order)));
            }
            return out;
        }

        List<SqlObject> sqlObjects(String key, SqlObject.Kind kind) {
            JsonElement value = object.get(key);
            List<SqlObject> out = new ArrayList<>();
            if (value == null || !value.isJsonArray()) {
                return out;
            }
            for (JsonElement item : value.getAsJsonArray()) {
                if (item.isJsonObject()) {
                    Reader o = new Reader(item.getAsJsonObject(), child(key), problems);
                    out.add(new SqlObject(kind, o.string("name", ""), o.optionalString("table"), o.string("sql", ""),
                            o.strings("dependsOn")));
                }
            }
            return out;
        }
    }
}
