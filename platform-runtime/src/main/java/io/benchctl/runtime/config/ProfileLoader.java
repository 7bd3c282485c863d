package io.benchctl.runtime.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.api.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.toml.TomlMapper;

/**
 * Reads a TOML profile into an {@link EffectiveProfile}: parse, apply {@code --set}, validate
 * {@code [run]} against {@code run.schema.json} and each {@code [modules.X]} against its module's
 * schema, and merge with this precedence, lowest first:
 * module defaults &lt; {@code [defaults]} &lt; {@code [modules.X]} &lt; {@code --set}.
 *
 * <p>A profile without a {@code [modules]} table selects every loaded module; with one, it
 * selects the modules it names (and any a {@code --set modules.X...} adds). Every mistake found
 * is reported at once. Thread-safe.
 */
@API(status = INTERNAL, since = "1.0")
public final class ProfileLoader {

    static final TomlMapper TOML = TomlMapper.builder().build();

    private static final List<String> TOP_LEVEL = List.of("run", "defaults", "modules", "compare", "conditions");
    private static final String RUN_SCHEMA = "/io/benchctl/runtime/schemas/run.schema.json";
    private static final String CONDITIONS_SCHEMA = "/io/benchctl/runtime/schemas/conditions.schema.json";

    private final SchemaValidator validator;
    private final String runSchemaJson;
    private final String conditionsSchemaJson;

    public ProfileLoader() {
        this(new SchemaValidator());
    }

    public ProfileLoader(SchemaValidator validator) {
        this.validator = validator;
        this.runSchemaJson = resource(RUN_SCHEMA);
        this.conditionsSchemaJson = resource(CONDITIONS_SCHEMA);
    }

    /** The runtime's schema of {@code [run]}, as published under {@code schemas/}. */
    public String runSchemaJson() {
        return runSchemaJson;
    }

    /**
     * @param profileFile the TOML profile; null for the empty profile (runtime and module defaults)
     * @param setOverrides {@code --set} arguments, {@code KEY=VALUE}, applied in order
     * @param modules the loaded modules by id
     * @throws ProfileException listing every mistake in the file and the overrides
     */
    public EffectiveProfile load(Path profileFile, List<String> setOverrides, Map<String, ModuleSchema> modules)
            throws ProfileException {
        String file = profileFile == null ? null : profileFile.toString();
        String text = profileFile == null ? "" : read(profileFile);
        ObjectNode root = parse(text, file);
        Problems problems = new Problems(file, TomlLines.index(text));
        boolean fileSelectsModules = root.has("modules");
        SetOverrides.apply(root, setOverrides, problems);
        TomlNumbers.normalise(root, List.of(), problems);
        checkTopLevel(root, problems);

        RunSettings run = runSettings(table(root, "run"), problems);
        Map<String, Object> conditions = conditions(table(root, "conditions"), problems);
        ObjectNode defaults = table(root, "defaults");
        ObjectNode moduleTables = table(root, "modules");
        checkDefaults(defaults, modules, problems);
        Set<String> selected = fileSelectsModules ? knownModules(moduleTables, modules, problems) : modules.keySet();

        LinkedHashMap<String, Settings> settings = new LinkedHashMap<>();
        Map<String, Object> moduleTrees = new LinkedHashMap<>();
        for (String id : selected) {
            ModuleMerge merge = new ModuleMerge(validator, modules.get(id), problems);
            Map<String, Object> effective = merge.effective(defaults, table(moduleTables, id));
            if (effective != null) {
                settings.put(id, new MapSettings(effective));
                moduleTrees.put(id, effective);
            }
        }
        problems.throwIfAny();

        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("run", run.toTree());
        tree.put("modules", moduleTrees);
        if (root.has("compare")) {
            tree.put("compare", Json.toPlain(root.get("compare")));
        }
        tree.put("conditions", conditions);
        return new EffectiveProfile(profileFile, run, settings, tree);
    }

    private static String read(Path file) throws ProfileException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw fileProblem(file, "no such file");
        } catch (MalformedInputException e) {
            throw fileProblem(file, "bytes that are not UTF-8 text");
        } catch (IOException e) {
            throw fileProblem(file, "an unreadable file (" + e.getMessage() + ")");
        }
    }

    private static ProfileException fileProblem(Path file, String found) {
        return new ProfileException(new ProfileError(file.toString(), null, null, "a readable TOML file", found, null));
    }

    private static ObjectNode parse(String text, String file) throws ProfileException {
        try {
            JsonNode root = TOML.readTree(text);
            return root instanceof ObjectNode table ? table : JsonNodeFactory.instance.objectNode();
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            boolean located = at != null && at.getLineNr() > 0;
            String found = e.getOriginalMessage() + (located ? " at column " + at.getColumnNr() : "");
            throw new ProfileException(
                    new ProfileError(file, null, located ? at.getLineNr() : null, "valid TOML", found, null));
        }
    }

    private static void checkTopLevel(ObjectNode root, Problems problems) {
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            String key = entry.getKey();
            if (!TOP_LEVEL.contains(key)) {
                problems.add(new Problem(
                        List.of(key),
                        "one of the top-level tables " + String.join(", ", TOP_LEVEL),
                        "unknown key " + Json.quote(key),
                        NearestName.of(key, TOP_LEVEL)));
            } else if (!entry.getValue().isObject()) {
                problems.add(new Problem(List.of(key), "a table", Json.describe(entry.getValue()), null));
            }
        }
    }

    private RunSettings runSettings(ObjectNode runTable, Problems problems) {
        boolean hugeFloat = TomlNumbers.hasHugeFloat(runTable); // reported already; networknt cannot check it
        List<Problem> found = new ArrayList<>();
        if (!hugeFloat) {
            for (SchemaValidator.Violation violation : validator.validate(runTable, runSchemaJson)) {
                found.add(ViolationText.describe(violation, "[run]"));
            }
            found.addAll(TomlNumbers.floatsForIntegers(runTable, validator.schemaTree(runSchemaJson)));
        }
        found.forEach(problem -> problems.add(problem.under(List.of("run"))));
        Map<String, Object> run = Defaults.run();
        if (found.isEmpty() && !hugeFloat) {
            @SuppressWarnings("unchecked")
            Map<String, Object> given = (Map<String, Object>) Json.toPlain(runTable);
            run.putAll(given);
        }
        return RunSettings.fromSettings(new MapSettings(run));
    }

    /** The {@code [conditions]} table over its defaults, checked against {@code conditions.schema.json}. */
    private Map<String, Object> conditions(ObjectNode table, Problems problems) {
        List<SchemaValidator.Violation> violations = validator.validate(table, conditionsSchemaJson);
        violations.forEach(
                v -> problems.add(ViolationText.describe(v, "[conditions]").under(List.of("conditions"))));
        Map<String, Object> conditions = Defaults.conditions();
        if (violations.isEmpty()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> given = (Map<String, Object>) Json.toPlain(table);
            conditions.putAll(given);
        }
        return conditions;
    }

    /** A {@code [defaults]} key must mean something to at least one loaded module. */
    private void checkDefaults(ObjectNode defaults, Map<String, ModuleSchema> modules, Problems problems) {
        Set<String> declared = new LinkedHashSet<>();
        for (ModuleSchema module : modules.values()) {
            try {
                declared.addAll(validator.topLevelProperties(module.schemaJson()));
            } catch (IllegalArgumentException reportedWithTheModule) {
                // ModuleMerge reports the unusable schema once, under the module's name.
            }
        }
        for (String key : defaults.propertyNames()) {
            if (!declared.contains(key)) {
                problems.add(new Problem(
                        List.of("defaults", key),
                        declared.isEmpty()
                                ? "no key (no loaded module has settings)"
                                : "a key of some loaded module: " + String.join(", ", declared),
                        "unknown key " + Json.quote(key),
                        NearestName.of(key, declared)));
            }
        }
    }

    /** The profile's modules in profile order, each unknown id or non-table reported. */
    private static Set<String> knownModules(
            ObjectNode moduleTables, Map<String, ModuleSchema> modules, Problems problems) {
        Set<String> known = new LinkedHashSet<>();
        for (Map.Entry<String, JsonNode> entry : moduleTables.properties()) {
            String id = entry.getKey();
            if (!modules.containsKey(id)) {
                problems.add(new Problem(
                        List.of("modules", id),
                        modules.isEmpty()
                                ? "no module (none is loaded)"
                                : "a loaded module: " + String.join(", ", modules.keySet()),
                        "unknown module " + Json.quote(id),
                        NearestName.of(id, modules.keySet())));
            } else if (!entry.getValue().isObject()) {
                problems.add(new Problem(List.of("modules", id), "a table", Json.describe(entry.getValue()), null));
            } else {
                known.add(id);
            }
        }
        return known;
    }

    private static ObjectNode table(ObjectNode parent, String key) {
        return parent.get(key) instanceof ObjectNode table ? table : JsonNodeFactory.instance.objectNode();
    }

    private static String resource(String name) {
        try (InputStream in = ProfileLoader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the runtime JAR: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
