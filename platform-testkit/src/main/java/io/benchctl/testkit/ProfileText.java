package io.benchctl.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.dataformat.toml.TomlMapper;

/**
 * Writes the kit's settings as a TOML profile, so that they go through the same loader, merge
 * and schema validation as a user's file.
 */
final class ProfileText {
    private static final TomlMapper TOML = TomlMapper.builder().build();

    private ProfileText() {}

    static String of(Map<String, Object> run, String moduleId, Map<String, Object> moduleSettings) {
        Map<String, Object> modules = new LinkedHashMap<>();
        modules.put(moduleId, new LinkedHashMap<>(moduleSettings));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("run", run);
        root.put("modules", modules);
        return TOML.writeValueAsString(root);
    }
}
