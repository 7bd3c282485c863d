package io.benchctl.runtime.config;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where TOML's numbers and JSON Schema's disagree. TOML integers are 64-bit and its floats
 * binary64, but Jackson reads larger integers without complaint and floats as BigDecimal. JSON
 * Schema counts {@code 2.0} as an integer, while in TOML it is a float that
 * {@code Settings.getLong} would refuse. And networknt 3.0.9 throws when it compares a float
 * beyond the {@code long} range with an integer bound, so such floats are refused here and their
 * table is not given to it.
 */
final class TomlNumbers {

    /** Deeper is a {@code $ref} cycle, not a profile. */
    private static final int MAX_SCHEMA_DEPTH = 64;

    /** 2^63: no setting of a benchmark is this large, and networknt cannot compare beyond it. */
    private static final double FLOAT_LIMIT = 0x1p63;

    private TomlNumbers() {}

    /** Whether the tree holds a float that {@link #normalise} reported as too large. */
    static boolean hasHugeFloat(JsonNode node) {
        if (node.isFloatingPointNumber()) {
            return isHuge(node);
        }
        for (JsonNode child : node) {
            if (hasHugeFloat(child)) {
                return true;
            }
        }
        return false;
    }

    /** Beyond ±2^63, or beyond the double range altogether (a decimal such as 1e400); not {@code inf}. */
    private static boolean isHuge(JsonNode number) {
        double value = number.isBigDecimal() ? number.decimalValue().doubleValue() : number.doubleValue();
        return Math.abs(value) >= FLOAT_LIMIT && (number.isBigDecimal() || Double.isFinite(value));
    }

    /**
     * A TOML float as a double. One beyond the double range (1e400) stays a decimal, for {@link
     * #isHuge} to report: Jackson 3's {@code doubleValue()} throws on it, and infinity would pass
     * for TOML's {@code inf}.
     */
    private static JsonNode asDouble(JsonNode number) {
        if (!number.isBigDecimal()) {
            return number;
        }
        double value = number.decimalValue().doubleValue();
        return Double.isInfinite(value) ? number : DoubleNode.valueOf(value);
    }

    /**
     * Turns every float into a double, in place, and reports integers beyond 64 bits and floats
     * beyond ±2^63.
     */
    static void normalise(JsonNode node, List<Object> path, Problems problems) {
        if (node instanceof ObjectNode table) {
            for (String key : List.copyOf(table.propertyNames())) {
                JsonNode child = table.get(key);
                if (child.isFloatingPointNumber()) {
                    table.set(key, asDouble(child));
                }
                normalise(table.get(key), KeyPath.append(path, key), problems);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isFloatingPointNumber()) {
                    array.set(i, asDouble(array.get(i)));
                }
                normalise(array.get(i), KeyPath.append(path, i), problems);
            }
        } else if (node.isFloatingPointNumber() && isHuge(node)) {
            problems.add(new Problem(path, "a number between -2^63 and 2^63", Json.describe(node), null));
        } else if (node.isIntegralNumber() && !node.canConvertToLong()) {
            problems.add(new Problem(
                    path,
                    "an integer between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE,
                    Json.describe(node),
                    null));
        }
    }

    /**
     * The floats written where the schema asks for an integer only. Follows {@code properties},
     * {@code additionalProperties}, {@code items}, {@code prefixItems} and local {@code $ref}s.
     */
    static List<Problem> floatsForIntegers(JsonNode instance, JsonNode schema) {
        List<Problem> problems = new ArrayList<>();
        walk(instance, schema, schema, List.of(), problems, 0);
        return problems;
    }

    private static void walk(
            JsonNode instance, JsonNode schema, JsonNode root, List<Object> path, List<Problem> problems, int depth) {
        JsonNode rule = resolve(schema, root);
        if (rule == null || !rule.isObject() || depth > MAX_SCHEMA_DEPTH) {
            return;
        }
        if (instance.isFloatingPointNumber() && integerOnly(rule.get("type"))) {
            problems.add(new Problem(path, "an integer", Json.describe(instance), null));
        } else if (instance.isObject()) {
            for (var entry : instance.properties()) {
                JsonNode child = rule.path("properties").get(entry.getKey());
                JsonNode sub = child != null ? child : rule.get("additionalProperties");
                walk(entry.getValue(), sub, root, KeyPath.append(path, entry.getKey()), problems, depth + 1);
            }
        } else if (instance.isArray()) {
            JsonNode prefix = rule.path("prefixItems");
            for (int i = 0; i < instance.size(); i++) {
                JsonNode sub = i < prefix.size() ? prefix.get(i) : rule.get("items");
                walk(instance.get(i), sub, root, KeyPath.append(path, i), problems, depth + 1);
            }
        }
    }

    private static JsonNode resolve(JsonNode schema, JsonNode root) {
        JsonNode rule = schema;
        for (int hops = 0; rule != null && rule.path("$ref").isString() && hops < MAX_SCHEMA_DEPTH; hops++) {
            String ref = rule.get("$ref").stringValue();
            if (!ref.startsWith("#")) {
                return null;
            }
            JsonNode target = root.at(ref.substring(1));
            rule = target.isMissingNode() ? null : target;
        }
        return rule;
    }

    private static boolean integerOnly(JsonNode type) {
        if (type == null) {
            return false;
        }
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asString()));
        } else {
            types.add(type.asString());
        }
        return types.contains("integer") && !types.contains("number");
    }
}
