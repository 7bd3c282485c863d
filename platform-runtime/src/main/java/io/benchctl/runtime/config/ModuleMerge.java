package io.benchctl.runtime.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One module's effective settings: its defaults, then the {@code [defaults]} keys its schema
 * declares, then its {@code [modules.X]} table (which already holds the {@code --set} values).
 * The merged table is validated as a whole, and each mistake is traced back to the layer the
 * value came from, so that the user is sent to the line they wrote.
 */
final class ModuleMerge {

    private final SchemaValidator validator;
    private final ModuleSchema module;
    private final Problems problems;
    private final List<Object> tablePath;

    ModuleMerge(SchemaValidator validator, ModuleSchema module, Problems problems) {
        this.validator = validator;
        this.module = module;
        this.problems = problems;
        this.tablePath = List.of("modules", module.id());
    }

    /** The merged settings as plain values, or null when they are invalid (the problems say why). */
    Map<String, Object> effective(ObjectNode profileDefaults, ObjectNode table) {
        List<String> declared;
        try {
            declared = validator.topLevelProperties(module.schemaJson());
        } catch (IllegalArgumentException e) {
            problems.add(new ProfileError(
                    "module " + module.id(),
                    KeyPath.format(tablePath),
                    null,
                    "a valid JSON Schema from the module",
                    e.getMessage(),
                    null));
            return null;
        }
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        // Where each top-level key came from; null means the module's own default.
        Map<String, List<Object>> origin = new HashMap<>();
        Json.toNode(module.defaults()).properties().forEach(entry -> {
            merged.set(entry.getKey(), entry.getValue());
            origin.put(entry.getKey(), null);
        });
        for (Map.Entry<String, JsonNode> entry : profileDefaults.properties()) {
            if (declared.contains(entry.getKey())) {
                merged.set(entry.getKey(), entry.getValue().deepCopy());
                origin.put(entry.getKey(), List.of("defaults"));
            }
        }
        for (Map.Entry<String, JsonNode> entry : table.properties()) {
            merged.set(entry.getKey(), entry.getValue().deepCopy());
            origin.put(entry.getKey(), tablePath);
        }
        if (TomlNumbers.hasHugeFloat(merged)) {
            return null; // already reported, and networknt cannot validate it
        }
        List<Problem> found = new ArrayList<>();
        for (SchemaValidator.Violation violation : validator.validate(merged, module.schemaJson())) {
            found.add(ViolationText.describe(violation, "[" + KeyPath.format(tablePath) + "]"));
        }
        found.addAll(TomlNumbers.floatsForIntegers(merged, validator.schemaTree(module.schemaJson())));
        found.forEach(problem -> report(problem, origin));
        if (!found.isEmpty()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> plain = (Map<String, Object>) Json.toPlain(merged);
        return plain;
    }

    private void report(Problem problem, Map<String, List<Object>> origin) {
        String key = problem.path().isEmpty() ? null : (String) problem.path().getFirst();
        if (key != null && origin.containsKey(key) && origin.get(key) == null) {
            Problem placed = problem.under(tablePath);
            problems.add(new ProfileError(
                    "defaults of module " + module.id(),
                    KeyPath.format(placed.path()),
                    null,
                    placed.expected(),
                    placed.found() + " (a bug in the module, not in the profile)",
                    null));
            return;
        }
        List<Object> layer = key == null ? null : origin.get(key);
        problems.add(problem.under(layer == null ? tablePath : layer));
    }
}
