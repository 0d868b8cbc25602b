package io.dschema.config;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a config file's text into a Gson tree and remembers where each key stands, by JSON path
 * ({@code dbCredentials.url}, {@code schema[1]}), so that later checks can point at the line and
 * column of the key they complain about. Comments and trailing commas are accepted (see
 * {@link JsoncText}); everything else must be strict JSON. Duplicate keys are reported: plain JSON
 * would silently keep one of them, losing the other's intent.
 */
final class PositionedJson {

    record Position(int line, int column) {
        static final Position UNKNOWN = new Position(0, 0);
    }

    /** The parsed object (null after a syntax error), key positions, and the problems found. */
    record Document(JsonObject root, Map<String, Position> positions, List<ConfigProblem> problems) {

        Position at(String path) {
            return positions.getOrDefault(path, Position.UNKNOWN);
        }

        Origin origin(Path file, String path) {
            Position p = at(path);
            return new Origin(file, path, p.line(), p.column());
        }
    }

    /** Gson says where its reader stands only in toString and in messages: "... at line 3 column 5 path $.a". */
    private static final Pattern LOCATION = Pattern.compile(" at line (\\d+) column (\\d+)");

    private final Path file;
    private final Map<String, Position> positions = new HashMap<>();
    private final List<ConfigProblem> problems = new ArrayList<>();

    private PositionedJson(Path file) {
        this.file = file;
    }

    static Document read(String text, Path file) {
        return new PositionedJson(file).readDocument(text);
    }

    private Document readDocument(String text) {
        JsoncText.Stripped stripped = JsoncText.strip(text);
        if (!stripped.ok()) {
            problems.add(syntax(stripped.unterminatedLine(), stripped.unterminatedColumn(),
                    "a /* comment is never closed; end it with */"));
            return done(null);
        }
        if (stripped.json().isBlank()) {
            problems.add(syntax(1, 1, "the file is empty; write {} for all the defaults"));
            return done(null);
        }
        JsonReader reader = new JsonReader(new StringReader(stripped.json()));
        reader.setStrictness(Strictness.STRICT);
        try {
            if (reader.peek() != JsonToken.BEGIN_OBJECT) {
                Position p = valueStart(reader, Position.UNKNOWN);
                problems.add(ConfigProblem.error(new Origin(file, "$", p.line(), p.column()), ConfigCode.WRONG_TYPE,
                        "the file must hold one JSON object ({ \"schema\": ..., ... }), found " + describe(reader.peek())));
                return done(null);
            }
            JsonObject root = readObject(reader, "");
            afterRoot(reader);
            return done(root);
        } catch (IOException | RuntimeException e) {
            problems.add(syntaxFromGson(e));
            return done(null);
        }
    }

    private void afterRoot(JsonReader reader) {
        Position p;
        try {
            if (reader.peek() == JsonToken.END_DOCUMENT) {
                return;
            }
            p = locate(reader.toString());
        } catch (IOException | RuntimeException e) {
            p = locate(String.valueOf(e.getMessage()));
        }
        problems.add(syntax(p.line(), p.column(), "unexpected text after the closing }; remove it"));
    }

    private Document done(JsonObject root) {
        return new Document(root, Map.copyOf(positions), List.copyOf(problems));
    }

    private JsonElement readValue(JsonReader reader, String path) throws IOException {
        return switch (reader.peek()) {
            case BEGIN_OBJECT -> readObject(reader, path);
            case BEGIN_ARRAY -> readArray(reader, path);
            case STRING -> new JsonPrimitive(reader.nextString());
            case NUMBER -> new JsonPrimitive(new BigDecimal(reader.nextString()));
            case BOOLEAN -> new JsonPrimitive(reader.nextBoolean());
            case NULL -> {
                reader.nextNull();
                yield JsonNull.INSTANCE;
            }
            default -> throw new IOException("unexpected " + reader.peek() + reader);
        };
    }

    private JsonObject readObject(JsonReader reader, String path) throws IOException {
        JsonObject object = new JsonObject();
        reader.beginObject();
        while (reader.hasNext()) {
            Position keyAt = keyStart(reader); // after hasNext, Gson stands just past the key's opening quote
            String name = reader.nextName();
            String childPath = path.isEmpty() ? name : path + "." + name;
            JsonElement value = readValue(reader, childPath);
            if (object.has(name)) {
                Position first = positions.getOrDefault(childPath, Position.UNKNOWN);
                problems.add(ConfigProblem.error(new Origin(file, childPath, keyAt.line(), keyAt.column()),
                        ConfigCode.DUPLICATE_KEY, childPath + ": the key appears twice (first at line " + first.line()
                                + "); keep one of them, JSON readers would silently ignore the other"));
            } else {
                positions.putIfAbsent(childPath, keyAt);
                object.add(name, value);
            }
        }
        reader.endObject();
        return object;
    }

    private JsonArray readArray(JsonReader reader, String path) throws IOException {
        JsonArray array = new JsonArray();
        Position arrayAt = positions.getOrDefault(path, Position.UNKNOWN);
        reader.beginArray();
        int index = 0;
        while (reader.hasNext()) {
            String childPath = path + "[" + index++ + "]";
            positions.putIfAbsent(childPath, valueStart(reader, arrayAt));
            array.add(readValue(reader, childPath));
        }
        reader.endArray();
        return array;
    }

    private static Position keyStart(JsonReader reader) {
        Position p = locate(reader.toString());
        return p.column() > 1 ? new Position(p.line(), p.column() - 1) : p;
    }

    /**
     * Strings, objects and arrays: Gson has read one character (the quote or bracket) when it
     * peeks. For other values it stands past the whole literal, so use {@code fallback}.
     */
    private static Position valueStart(JsonReader reader, Position fallback) throws IOException {
        JsonToken token = reader.peek();
        if (token == JsonToken.STRING || token == JsonToken.BEGIN_OBJECT || token == JsonToken.BEGIN_ARRAY) {
            return keyStart(reader);
        }
        return fallback;
    }

    private static Position locate(String gsonText) {
        Matcher m = LOCATION.matcher(gsonText);
        return m.find() ? new Position(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : Position.UNKNOWN;
    }

    private ConfigProblem syntax(int line, int column, String message) {
        return ConfigProblem.error(new Origin(file, "$", line, column), ConfigCode.SYNTAX,
                "not valid JSON: " + message);
    }

    /** Gson's exception, reworded for a person editing a config file rather than a Java programmer. */
    private ConfigProblem syntaxFromGson(Exception e) {
        String raw = String.valueOf(e.getMessage());
        Position p = locate(raw);
        String reason = raw.replaceFirst("(?s) at line \\d+ column \\d+.*", "")
                .replaceFirst("^[\\w.]+Exception: ", "");
        String message;
        if (reason.contains("setStrictness") || reason.contains("LENIENT")) {
            message = "expected a JSON value here; keys and strings need double quotes, and only // and /* */"
                    + " comments are allowed";
        } else if (reason.startsWith("End of input")) {
            message = "the file ends too early; a closing }, ] or \" is missing";
        } else if (reason.startsWith("Expected name")) {
            message = "expected a key in double quotes";
        } else if (reason.startsWith("Expected ':'")) {
            message = "expected ':' after the key";
        } else if (reason.startsWith("Unterminated object")) {
            message = "expected , or } here; is a comma missing before this key?";
        } else if (reason.startsWith("Unterminated array")) {
            message = "expected , or ] here; is a comma missing before this value?";
        } else if (reason.startsWith("Unterminated string")) {
            message = "a string is not closed; end it with \" on the same line";
        } else {
            message = reason;
        }
        return syntax(p.line(), p.column(), message);
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case BEGIN_ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> token.toString();
        };
    }
}
