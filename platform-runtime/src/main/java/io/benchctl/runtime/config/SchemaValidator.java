package io.benchctl.runtime.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON Schema (draft 2020-12) validation through networknt, reduced to what callers need: where
 * the instance is wrong (as path segments and a JSON pointer) and why. Compiled schemas are
 * cached by their text, so validating many instances against one schema is cheap. Thread-safe.
 *
 * <p>Known limit of networknt 3.0.9: comparing a float beyond the {@code long} range with an
 * integer {@code minimum}/{@code maximum} throws Jackson's {@code JsonNodeException}; profiles
 * keep such floats away from it (see {@code TomlNumbers}).
 */
@API(status = INTERNAL, since = "1.0")
public final class SchemaValidator {

    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Compiled> compiled = new ConcurrentHashMap<>();

    private record Compiled(Schema schema, JsonNode root) {}

    /**
     * One way the instance breaks the schema.
     *
     * @param path the instance location as segments: a String per object key, an Integer per
     *     array index; empty for the root
     * @param keyword the failing keyword ({@code type}, {@code enum}, {@code additionalProperties}...)
     * @param property the property named by {@code required} / {@code additionalProperties}, else null
     * @param message networknt's message, such as {@code integer found, boolean expected}
     * @param keywordValue the keyword's value in the schema ({@code ["int","float"]} for an enum)
     * @param instance the offending instance node
     * @param knownProperties for {@code additionalProperties}: the property names the schema
     *     declares at that place (for "did you mean"), else empty
     */
    public record Violation(
            List<Object> path,
            String keyword,
            String property,
            String message,
            JsonNode keywordValue,
            JsonNode instance,
            List<String> knownProperties) {

        /** The instance location as a JSON pointer ({@code /kernels/1}; empty string for the root). */
        public String pointer() {
            StringBuilder out = new StringBuilder();
            for (Object segment : path) {
                out.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
            }
            return out.toString();
        }
    }

    /**
     * Validates an instance.
     *
     * @throws IllegalArgumentException when {@code schemaJson} is not a usable schema
     */
    public List<Violation> validate(JsonNode instance, String schemaJson) {
        Compiled schema = compiled.computeIfAbsent(schemaJson, SchemaValidator::compile);
        List<Violation> violations = new ArrayList<>();
        for (com.networknt.schema.Error error : schema.schema().validate(instance)) {
            violations.add(new Violation(
                    segments(error.getInstanceLocation()),
                    error.getKeyword(),
                    error.getProperty(),
                    error.getMessage(),
                    error.getSchemaNode(),
                    error.getInstanceNode(),
                    knownProperties(schema.root(), error)));
        }
        return violations;
    }

    /**
     * The schema as a tree, for callers that read it beyond validation.
     *
     * @throws IllegalArgumentException when {@code schemaJson} is not a usable schema
     */
    public JsonNode schemaTree(String schemaJson) {
        return compiled.computeIfAbsent(schemaJson, SchemaValidator::compile).root();
    }

    /**
     * The names under the schema's top-level {@code properties}, in schema order.
     *
     * @throws IllegalArgumentException when {@code schemaJson} is not a usable schema
     */
    public List<String> topLevelProperties(String schemaJson) {
        return List.copyOf(schemaTree(schemaJson).path("properties").propertyNames());
    }

    private static Compiled compile(String schemaJson) {
        try {
            return new Compiled(REGISTRY.getSchema(schemaJson, InputFormat.JSON), JSON.readTree(schemaJson));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a usable JSON Schema: " + e.getMessage(), e);
        }
    }

    /** The {@code properties} beside a failing {@code additionalProperties} in the same document. */
    private static List<String> knownProperties(JsonNode root, com.networknt.schema.Error error) {
        if (!"additionalProperties".equals(error.getKeyword()) || error.getSchemaLocation() == null) {
            return List.of();
        }
        JsonNode node = root;
        NodePath fragment = error.getSchemaLocation().getFragment();
        for (int i = 0; i + 1 < fragment.getNameCount(); i++) {
            Object segment = fragment.getElement(i);
            node = segment instanceof Integer index ? node.path(index) : node.path(segment.toString());
        }
        return List.copyOf(node.path("properties").propertyNames());
    }

    private static List<Object> segments(NodePath location) {
        List<Object> out = new ArrayList<>(location.getNameCount());
        for (int i = 0; i < location.getNameCount(); i++) {
            out.add(location.getElement(i));
        }
        return List.copyOf(out);
    }
}
