package io.dschema.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the sample configs of {@code config/good} and {@code config/bad} through both the JSON
 * Schema that editors use ({@code dschema.schema.json}) and the Java loader, and asserts that they
 * agree. Samples named {@code runtime-*} fail for reasons a JSON Schema cannot see (a missing file,
 * an unset variable): for those the schema must accept and only the loader refuse.
 */
class ConfigSamplesTest {

    private static final Pattern EXPECT = Pattern.compile("^// expect: (DS09\\d\\d) (\\S+)");

    /** JSON with comments and trailing commas, like our loader; duplicate keys and trailing tokens refused. */
    private static final JsonMapper JSONC = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static JsonSchema jsonSchema() throws IOException {
        try (InputStream in = ConfigSamplesTest.class.getResourceAsStream("/io/dschema/config/dschema.schema.json")) {
            if (in == null) {
                throw new AssertionError("dschema.schema.json is not on the class path (server/pom.xml copies it)");
            }
            JsonNode node = JSONC.readTree(in);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(node);
        }
    }

    /** Null when the schema accepts the text, else why not. */
    static String schemaVerdict(JsonSchema schema, String text) {
        JsonNode node;
        try {
            node = JSONC.readTree(text);
        } catch (JsonProcessingException e) {
            return "not JSON: " + e.getOriginalMessage();
        }
        Set<ValidationMessage> messages = schema.validate(node);
        return messages.isEmpty() ? null : messages.toString();
    }

    private static Path samples(String folder) throws URISyntaxException {
        return Path.of(ConfigSamplesTest.class.getResource("/config/" + folder).toURI());
    }

    private static List<Path> jsonFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static ConfigResult loadSample(Path file) {
        return ConfigLoader.load(Overrides.none().withConfig(file.toString()), file.getParent(), Project.ENV);
    }

    @TestFactory
    Stream<DynamicTest> goodSamplesPassBothValidators() throws Exception {
        JsonSchema schema = jsonSchema();
        List<Path> files = jsonFiles(samples("good"));
        assertTrue(files.size() >= 8, "at least 8 good samples, found " + files.size());
        return files.stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
            String text = Files.readString(file);
            assertEquals(null, schemaVerdict(schema, text), "JSON Schema refuses a good sample");
            ConfigResult r = loadSample(file);
            assertFalse(r.hasErrors(), "loader refuses a good sample:\n" + Project.messages(r));
            assertTrue(r.problems().isEmpty(), Project.messages(r));
        }));
    }

    @TestFactory
    Stream<DynamicTest> badSamplesFailBothValidatorsWithTheExpectedProblem() throws Exception {
        JsonSchema schema = jsonSchema();
        List<Path> files = jsonFiles(samples("bad"));
        long agreementSet = files.stream().filter(f -> !isRuntimeOnly(f)).count();
        assertTrue(agreementSet >= 12, "at least 12 bad samples both validators see, found " + agreementSet);
        return files.stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
            String text = Files.readString(file);
            Matcher expect = EXPECT.matcher(text);
            assertTrue(expect.find(), "a bad sample starts with // expect: DS09xx key");
            String code = expect.group(1);
            String key = expect.group(2);

            ConfigResult r = loadSample(file);
            assertTrue(r.hasErrors(), "loader accepts a bad sample");
            assertTrue(r.errors().stream().anyMatch(p -> p.code().id().equals(code) && p.key().equals(key)),
                    "expected " + code + " at " + key + ", got:\n" + Project.messages(r));
            assertTrue(r.errors().stream().allMatch(p -> p.file() != null && p.message().startsWith(p.key() + ":")
                            || p.key().equals("$")),
                    "every problem names the file and the key:\n" + Project.messages(r));

            String verdict = schemaVerdict(schema, text);
            if (isRuntimeOnly(file)) {
                assertEquals(null, verdict, "a runtime-only sample is valid to the JSON Schema");
            } else {
                assertTrue(verdict != null, "JSON Schema accepts a bad sample");
            }
        }));
    }

    private static boolean isRuntimeOnly(Path file) {
        return file.getFileName().toString().startsWith("runtime-");
    }
}
