package io.benchctl.deploytests;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Kubernetes API's own JSON schemas, as the npm package {@code kubernetes-models} ships them
 * (generated from the Kubernetes OpenAPI spec), made strict: every object that lists its
 * properties is closed ({@code additionalProperties: false}), so a misspelt or misplaced field is
 * an error, not something the API server silently drops. The package's own {@code validate()}
 * checks types but lets unknown fields through.
 *
 * <p>The schemas come from {@code _schemas/*.js} files, each {@code const schema = {...};} (JSON)
 * registered under an id such as {@code io.k8s.api.batch.v1.JobSpec}. Two OpenAPI-isms are
 * rewritten for JSON Schema 2020-12: {@code nullable} is dropped and a {@code oneOf} of a
 * {@code $ref} and {@code null} becomes the {@code $ref} (a manifest has no use for an explicit
 * null, and the error then names the field itself rather than a {@code oneOf}).
 */
final class KubernetesSchemas {
    static final String PACKAGE_VERSION = "4.3.1";
    /** The API version the package's schemas were generated from (its README's badge). */
    static final String KUBERNETES_VERSION = "1.27.1";

    private static final String PREFIX = "https://benchctl.invalid/kubernetes/";
    private static final Pattern SCHEMA = Pattern.compile("(?s)const schema = (\\{\\}|\\{.*?\\n\\});\\n");
    private static final Pattern ID = Pattern.compile("register\\)\\(\"([\\w.-]+)\", schema\\)");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Job fields newer than the package's 1.27 schemas that the manifests use, added to the
     * schema by name with the type the Kubernetes API reference gives them (batch/v1 JobSpec):
     * {@code backoffLimitPerIndex}, KEP-3850, beta and on by default since 1.29, GA in 1.33.
     * Any other field newer than 1.27 is still an unknown field.
     */
    static final Map<String, Map<String, String>> NEWER_FIELDS = Map.of(
            "io.k8s.api.batch.v1.JobSpec",
            Map.of("backoffLimitPerIndex", "{\"type\":\"integer\",\"format\":\"int32\"}"));

    private final SchemaRegistry registry;
    private final Map<String, String> idsByKind;

    private KubernetesSchemas(Map<String, String> texts, Map<String, String> idsByKind) {
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(texts));
        this.idsByKind = idsByKind;
    }

    /** Loads every schema under {@code modules} ({@code node_modules} of an install). */
    static KubernetesSchemas load(Path modules) throws IOException {
        Map<String, String> texts = new HashMap<>();
        Map<String, String> idsByKind = new HashMap<>();
        for (Path folder : List.of(
                modules.resolve("kubernetes-models/_schemas"),
                modules.resolve("@kubernetes-models/apimachinery/_schemas"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".js")).toList()) {
                    String source = Files.readString(file);
                    Matcher schema = SCHEMA.matcher(source);
                    Matcher id = ID.matcher(source);
                    if (!schema.find() || !id.find()) {
                        throw new IOException(file + ": no `const schema = {...}` registered under an id");
                    }
                    ObjectNode node = (ObjectNode) strict(JSON.readTree(schema.group(1)));
                    NEWER_FIELDS
                            .getOrDefault(id.group(1), Map.of())
                            .forEach((name, type) ->
                                    ((ObjectNode) node.get("properties")).set(name, JSON.readTree(type)));
                    node.put("$id", PREFIX + id.group(1));
                    texts.put(PREFIX + id.group(1), JSON.writeValueAsString(node));
                    kind(node).ifPresent(kind -> idsByKind.put(kind, id.group(1)));
                }
            }
        }
        return new KubernetesSchemas(texts, idsByKind);
    }

    /** How many top-level kinds (apiVersion and kind) the schemas define. */
    int kinds() {
        return idsByKind.size();
    }

    /**
     * The errors of one manifest document, each naming the field by its JSON pointer ({@code /spec/completions: ...}); an
     * {@code apiVersion}/{@code kind} the API does not have is an error too.
     */
    List<String> validate(JsonNode document) {
        String kind = document.path("apiVersion").asString("") + " "
                + document.path("kind").asString("");
        String id = idsByKind.get(kind);
        if (id == null) {
            return List.of("/: no Kubernetes " + KUBERNETES_VERSION + " schema for " + kind);
        }
        Schema schema = registry.getSchema(SchemaLocation.of(PREFIX + id));
        return schema.validate(document).stream().map(Object::toString).toList();
    }

    private static List<String> names(ObjectNode object) {
        return object.properties().stream().map(Map.Entry::getKey).toList();
    }

    private static java.util.Optional<String> kind(JsonNode schema) {
        JsonNode apiVersion = schema.path("properties").path("apiVersion").path("enum");
        JsonNode kind = schema.path("properties").path("kind").path("enum");
        return apiVersion.size() == 1 && kind.size() == 1
                ? java.util.Optional.of(
                        apiVersion.get(0).asString() + " " + kind.get(0).asString())
                : java.util.Optional.empty();
    }

    private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "definitions", "$defs");
    private static final Set<String> SCHEMA_LISTS = Set.of("oneOf", "anyOf", "allOf");
    private static final Set<String> SCHEMA_VALUES = Set.of("items", "additionalProperties", "not");

    /** One schema made strict, recursively; {@code schema} is a schema, never a properties map. */
    private static JsonNode strict(JsonNode schema) {
        if (!(schema instanceof ObjectNode object)) {
            return schema;
        }
        JsonNode oneOf = object.get("oneOf");
        if (oneOf != null
                && oneOf.size() == 2
                && oneOf.get(0).has("$ref")
                && "null".equals(oneOf.get(1).path("type").asString(""))) {
            object.remove("oneOf");
            object.set("$ref", oneOf.get(0).get("$ref"));
        }
        object.remove("nullable");
        if (object.has("$ref")) {
            String ref = object.get("$ref").asString();
            object.put("$ref", PREFIX + (ref.endsWith("#") ? ref.substring(0, ref.length() - 1) : ref));
        }
        if (object.has("properties") && !object.has("additionalProperties")) {
            object.put("additionalProperties", false);
        }
        for (String keyword : names(object)) {
            JsonNode value = object.get(keyword);
            if (SCHEMA_MAPS.contains(keyword) && value instanceof ObjectNode map) {
                for (String name : names(map)) {
                    map.set(name, strict(map.get(name)));
                }
            } else if (SCHEMA_LISTS.contains(keyword) && value instanceof ArrayNode list) {
                for (int i = 0; i < list.size(); i++) {
                    list.set(i, strict(list.get(i)));
                }
            } else if (SCHEMA_VALUES.contains(keyword)) {
                object.set(keyword, strict(value));
            }
        }
        return object;
    }
}
