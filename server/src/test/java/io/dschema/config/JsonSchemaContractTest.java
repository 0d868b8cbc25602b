package io.dschema.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.JsonSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** dschema.schema.json and the Java side describe the same keys, enums and defaults. */
class JsonSchemaContractTest {

    private static JsonObject schema() throws IOException {
        try (InputStream in = JsonSchemaContractTest.class.getResourceAsStream("/io/dschema/config/dschema.schema.json")) {
            return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
        }
    }

    private static List<String> keys(JsonObject object) {
        return new ArrayList<>(object.getAsJsonObject("properties").keySet());
    }

    @Test
    void theKeysAreTheSame() throws IOException {
        JsonObject root = schema();
        JsonObject props = root.getAsJsonObject("properties");
        assertEquals(ConfigKeys.ROOT, keys(root));
        assertEquals(ConfigKeys.DB_CREDENTIALS, keys(props.getAsJsonObject("dbCredentials")));
        assertEquals(ConfigKeys.MIGRATIONS, keys(props.getAsJsonObject("migrations")));
        for (JsonObject object : List.of(root, props.getAsJsonObject("dbCredentials"), props.getAsJsonObject("migrations"))) {
            assertFalse(object.get("additionalProperties").getAsBoolean(), "additionalProperties: false");
        }
    }

    @Test
    void everyKeyIsDescribed() throws IOException {
        JsonObject root = schema();
        assertNotNull(root.get("description"));
        List<JsonObject> all = new ArrayList<>();
        root.getAsJsonObject("properties").entrySet().forEach(e -> all.add(e.getValue().getAsJsonObject()));
        for (String nested : List.of("dbCredentials", "migrations")) {
            root.getAsJsonObject("properties").getAsJsonObject(nested).getAsJsonObject("properties").entrySet()
                    .forEach(e -> all.add(e.getValue().getAsJsonObject()));
        }
        for (JsonObject property : all) {
            assertTrue(property.has("description") && property.get("description").getAsString().length() > 20,
                    "a helpful description: " + property);
        }
    }

    @Test
    void thePrefixesAreTheSame() throws IOException {
        JsonObject prefix = schema().getAsJsonObject("properties").getAsJsonObject("migrations")
                .getAsJsonObject("properties").getAsJsonObject("prefix");
        JsonArray values = prefix.getAsJsonArray("anyOf").get(0).getAsJsonObject().getAsJsonArray("enum");
        List<String> fromSchema = new ArrayList<>();
        values.forEach(v -> fromSchema.add(v.getAsString()));
        assertEquals(Arrays.stream(MigrationPrefix.values()).map(MigrationPrefix::jsonName).toList(), fromSchema);
    }

    @Test
    void theDefaultsAreTheSame() throws IOException {
        JsonObject props = schema().getAsJsonObject("properties");
        Map<String, JsonElement> defaults = Map.of(
                "out", props.getAsJsonObject("out").get("default"),
                "verbose", props.getAsJsonObject("verbose").get("default"),
                "strict", props.getAsJsonObject("strict").get("default"),
                "breakpoints", props.getAsJsonObject("breakpoints").get("default"),
                "tablesFilter", props.getAsJsonObject("tablesFilter").get("default"));
        assertEquals(Defaults.OUT, defaults.get("out").getAsString());
        assertFalse(defaults.get("verbose").getAsBoolean());
        assertFalse(defaults.get("strict").getAsBoolean());
        assertTrue(defaults.get("breakpoints").getAsBoolean());
        assertEquals(TablesFilter.ALL.patterns().get(0), defaults.get("tablesFilter").getAsJsonArray().get(0).getAsString());
        JsonObject db = props.getAsJsonObject("dbCredentials").getAsJsonObject("properties");
        assertEquals(DatabaseUrl.DEFAULT, db.getAsJsonObject("url").get("default").getAsString());
        JsonObject migrations = props.getAsJsonObject("migrations").getAsJsonObject("properties");
        assertEquals(MigrationsConfig.DEFAULT_TABLE, migrations.getAsJsonObject("table").get("default").getAsString());
        assertEquals(MigrationPrefix.INDEX.jsonName(), migrations.getAsJsonObject("prefix").get("default").getAsString());
    }

    @Test
    void theUrlPatternAgreesWithTheLoaderOnTypicalUrls() throws IOException {
        JsonSchema schema = ConfigSamplesTest.jsonSchema();
        java.nio.file.Path base = java.nio.file.Path.of("/p");
        List<String> urls = List.of("file:./local.db", "file:local.db", "file:///abs/x.db", "file::memory:", ":memory:",
                "libsql://db-me.turso.io", "https://db.example.com", "http://localhost:8080", "http://127.0.0.1",
                "http://[::1]:8080/", "${DB_URL}", "postgres://x", "http://example.com", "local.db", "file:",
                "ws://localhost", "http://localhost.evil.com", "https://", "file://server/x.db");
        for (String url : urls) {
            String json = "{ \"dbCredentials\": { \"url\": \"" + url + "\" } }";
            boolean schemaOk = ConfigSamplesTest.schemaVerdict(schema, json) == null;
            boolean javaOk = url.contains("${") || DatabaseUrl.parse(url, base).isOk();
            assertEquals(javaOk, schemaOk, url);
        }
    }
}
