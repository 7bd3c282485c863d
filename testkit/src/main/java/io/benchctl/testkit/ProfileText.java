package io.benchctl.testkit;

import io.benchctl.api.BenchmarkModule;
import io.benchctl.api.HostFacts;
import io.benchctl.runtime.config.EffectiveProfile;
import io.benchctl.runtime.config.ModuleSchema;
import io.benchctl.runtime.config.ProfileError;
import io.benchctl.runtime.config.ProfileException;
import io.benchctl.runtime.config.ProfileLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.dataformat.toml.TomlMapper;

/**
 * Writes the kit's settings as a TOML profile and loads it, so that they go through the same
 * loader, merge with the module's defaults and schema validation as a user's file.
 */
final class ProfileText {
    private static final TomlMapper TOML = TomlMapper.builder().build();

    private ProfileText() {}

    /**
     * @throws IllegalArgumentException with the loader's messages, one mistake per line, when the
     *     settings break the module's schema
     */
    static EffectiveProfile load(
            BenchmarkModule module, HostFacts facts, Map<String, Object> run, Map<String, Object> moduleSettings)
            throws IOException {
        ModuleSchema schema = new ModuleSchema(module.id(), module.configSchema(), module.defaults(facts));
        Path profileFile = Files.createTempFile("benchctl-testkit-", ".toml");
        try {
            Files.writeString(profileFile, of(run, module.id(), moduleSettings));
            return new ProfileLoader().load(profileFile, List.of(), Map.of(module.id(), schema));
        } catch (ProfileException e) {
            throw new IllegalArgumentException(withoutFile(e, profileFile.toString()), e);
        } finally {
            Files.deleteIfExists(profileFile);
        }
    }

    static String of(Map<String, Object> run, String moduleId, Map<String, Object> moduleSettings) {
        Map<String, Object> modules = new LinkedHashMap<>();
        modules.put(moduleId, new LinkedHashMap<>(moduleSettings));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("run", run);
        root.put("modules", modules);
        root.put("conditions", hostConditionsNeverWarn());
        return TOML.writeValueAsString(root);
    }

    /**
     * A module test checks what the module warns, not what the machine running it is doing: the
     * conditions block is still recorded, but no threshold can be passed (a CI machine shared
     * with other jobs would otherwise add background-cpu to every result).
     */
    private static Map<String, Object> hostConditionsNeverWarn() {
        Map<String, Object> conditions = new LinkedHashMap<>();
        for (String percent : List.of("steal_percent", "frequency_drop_percent")) {
            conditions.put(percent, 100.0);
        }
        for (String rate : List.of(
                "background_cpus",
                "swap_pages_per_second",
                "thermal_throttle_events_per_second",
                "cgroup_throttled_periods_per_second",
                "disk_other_io_mib_per_second",
                "retransmits_per_second",
                "run_queue_per_cpu")) {
            conditions.put(rate, 1e12);
        }
        return conditions;
    }

    /** The loader's messages without the kit's temporary file name, one mistake per line. */
    private static String withoutFile(ProfileException e, String file) {
        return String.join(
                "\n",
                e.errors().stream()
                        .map(error -> file.equals(error.file())
                                ? new ProfileError(
                                        null,
                                        error.keyPath(),
                                        null,
                                        error.expected(),
                                        error.found(),
                                        error.suggestion())
                                : error)
                        .map(ProfileError::format)
                        .toList());
    }
}
