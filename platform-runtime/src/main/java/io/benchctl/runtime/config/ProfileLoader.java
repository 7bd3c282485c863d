package io.benchctl.runtime.config;

import io.benchctl.api.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.dataformat.toml.TomlMapper;

/** Interim stand-in (replaced by the validating loader). */
public final class ProfileLoader {
    @SuppressWarnings("unchecked")
    public EffectiveProfile load(Path profileFile, List<String> setOverrides, Map<String, ModuleSchema> modules) throws ProfileException {
        Map<String, Object> root = profileFile == null ? Map.of() : new TomlMapper().readValue(profileFile.toFile(), Map.class);
        Map<String, Object> run = (Map<String, Object>) root.getOrDefault("run", Map.of());
        Map<String, Object> mods = (Map<String, Object>) root.getOrDefault("modules", Map.of());
        LinkedHashMap<String, Settings> settings = new LinkedHashMap<>();
        for (var e : mods.entrySet()) {
            ModuleSchema schema = modules.get(e.getKey());
            if (schema == null) throw new ProfileException("unknown module " + e.getKey(), List.of());
            Map<String, Object> merged = new LinkedHashMap<>(schema.defaults());
            merged.putAll((Map<String, Object>) e.getValue());
            settings.put(e.getKey(), new MapSettings(merged));
        }
        RunSettings rs = new RunSettings((String) run.getOrDefault("name", "benchctl"),
                Units.parseDuration((String) run.getOrDefault("warmup", "1s")),
                Units.parseDuration((String) run.getOrDefault("duration", "2s")),
                Units.parseDuration((String) run.getOrDefault("cooldown", "200ms")),
                ((Number) run.getOrDefault("iterations", 5L)).intValue(),
                (String) run.getOrDefault("schedule", "sequential"),
                ((Number) run.getOrDefault("max_parallel", 2L)).intValue(),
                (Boolean) run.getOrDefault("affinity", true),
                (String) run.getOrDefault("output", "results"),
                (List<String>) run.getOrDefault("reporters", List.of("json")),
                (Boolean) run.getOrDefault("allow_conflicts", false), Duration.ofSeconds(60));
        return new EffectiveProfile(profileFile, rs, settings, root);
    }
}
