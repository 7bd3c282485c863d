package io.benchctl.runtime.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * {@code --set KEY=VALUE}: a dotted key and a TOML value, written into the profile tree before
 * validation so that an override is checked exactly like the file. A value that is not valid
 * TOML is taken as a plain string, so {@code --set run.warmup=1s} needs no quotes.
 */
final class SetOverrides {

    private static final Pattern BARE_KEY = Pattern.compile("[A-Za-z0-9_-]+");
    private static final String FORM = "KEY=VALUE with a dotted key, such as run.iterations=3";

    private SetOverrides() {}

    static void apply(ObjectNode root, List<String> overrides, Problems problems) {
        for (String override : overrides) {
            int equals = override.indexOf('=');
            if (equals < 0) {
                problems.add(new ProfileError(Problems.SET_OPTION, null, null, FORM, Json.quote(override), null));
                continue;
            }
            String key = override.substring(0, equals).strip();
            List<Object> path = new ArrayList<>();
            for (String segment : key.split("\\.", -1)) {
                path.add(segment);
            }
            if (!path.stream()
                    .allMatch(segment -> BARE_KEY.matcher((String) segment).matches())) {
                problems.add(new ProfileError(
                        Problems.SET_OPTION,
                        null,
                        null,
                        FORM + " (keys of letters, digits, _ and -)",
                        Json.quote(key),
                        null));
                continue;
            }
            set(root, List.copyOf(path), value(override.substring(equals + 1).strip()), problems);
        }
    }

    private static void set(ObjectNode root, List<Object> path, JsonNode value, Problems problems) {
        ObjectNode table = root;
        for (int i = 0; i < path.size() - 1; i++) {
            String segment = (String) path.get(i);
            JsonNode child = table.get(segment);
            if (child == null) {
                child = table.putObject(segment);
            } else if (!child.isObject()) {
                problems.add(new ProfileError(
                        Problems.SET_OPTION,
                        KeyPath.format(path.subList(0, i + 1)),
                        null,
                        "a table to hold " + Json.quote((String) path.get(i + 1)),
                        Json.describe(child),
                        null));
                return;
            }
            table = (ObjectNode) child;
        }
        table.set((String) path.getLast(), value);
        problems.overridden(path);
    }

    /** The TOML value of {@code text}, or the text itself as a string when it is not one. */
    static JsonNode value(String text) {
        try {
            JsonNode document = ProfileLoader.TOML.readTree("v = " + text);
            if (document != null && document.size() == 1 && document.has("v")) {
                return document.get("v");
            }
        } catch (JacksonException notToml) {
            // A plain string, by design: see the class comment.
        }
        return StringNode.valueOf(text);
    }
}
