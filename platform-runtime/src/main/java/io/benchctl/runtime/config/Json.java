package io.benchctl.runtime.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Conversions between Jackson trees and the plain values of {@link io.benchctl.api.Settings}. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final int MAX_SHOWN_CHARS = 80;

    private Json() {}

    static String quote(String text) {
        return MAPPER.writeValueAsString(text);
    }

    /** The content of a TOML/JSON basic string without its quotes, escapes resolved. */
    static String unescape(String inner) {
        try {
            return MAPPER.readValue("\"" + inner + "\"", String.class);
        } catch (JacksonException notJsonEscapes) {
            return inner;
        }
    }

    /** A value as the user wrote it, with its TOML type: {@code string "2x"}, {@code integer 3}. */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        String shown = node.toString();
        if (shown.length() > MAX_SHOWN_CHARS) {
            shown = shown.substring(0, MAX_SHOWN_CHARS - 3) + "...";
        }
        return typeName(node) + " " + shown;
    }

    static String typeName(JsonNode node) {
        if (node.isString()) {
            return "string";
        }
        if (node.isIntegralNumber()) {
            return "integer";
        }
        if (node.isNumber()) {
            return "float";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        if (node.isArray()) {
            return "array";
        }
        if (node.isObject()) {
            return "table";
        }
        return "null";
    }

    static JsonNode toNode(Object plain) {
        return MAPPER.valueToTree(plain);
    }

    /** Tables become insertion-ordered maps, integers Long, floats Double; all unmodifiable. */
    static Object toPlain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                map.put(entry.getKey(), toPlain(entry.getValue()));
            }
            return Collections.unmodifiableMap(map);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            for (JsonNode element : node) {
                list.add(toPlain(element));
            }
            return Collections.unmodifiableList(list);
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isNull() ? null : node.stringValue();
    }
}
