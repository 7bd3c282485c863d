package io.benchctl.runtime.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Module schemas shaped like the first-party cpu, memory, disk and network modules, and helpers to load profiles. */
final class TestModules {

    static final String CPU_SCHEMA = """
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
             "additionalProperties": false,
             "properties": {
               "threads": {"type": "integer", "minimum": 1, "maximum": 1024},
               "kernels": {"type": "array", "minItems": 1, "items": {"enum": ["int", "float", "hash"]}}}}
            """;

    static final String MEMORY_SCHEMA = """
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
             "additionalProperties": false,
             "properties": {
               "threads": {"type": "integer", "minimum": 1},
               "kernels": {"type": "array", "items": {"enum": ["copy", "scale", "add", "triad"]}},
               "buffer_sizes": {"type": "array", "items": {"type": "string", "pattern": "%s"}},
               "strides": {"type": "array", "items": {"type": "integer", "minimum": 1}}}}
            """.formatted(Units.POSITIVE_SIZE_PATTERN.replace("\\", "\\\\"));

    static final String DISK_SCHEMA = """
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
             "additionalProperties": false, "required": ["dir"],
             "properties": {
               "file_size": {"type": "string", "pattern": "%s"},
               "dir": {"type": "string"},
               "direct": {"enum": ["auto", "on", "off"]},
               "fsync": {"type": "boolean"}}}
            """.formatted(Units.POSITIVE_SIZE_PATTERN.replace("\\", "\\\\"));

    static final String NETWORK_SCHEMA = """
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
             "additionalProperties": false,
             "properties": {
               "connect_timeout": {"type": "string", "pattern": "%s"},
               "retries": {"type": "integer", "minimum": 0}}}
            """.formatted(Units.POSITIVE_DURATION_PATTERN.replace("\\", "\\\\"));

    private TestModules() {}

    /** cpu, memory, disk, network: in this order, with host-independent defaults. */
    static Map<String, ModuleSchema> all() {
        Map<String, ModuleSchema> modules = new LinkedHashMap<>();
        modules.put(
                "cpu",
                new ModuleSchema("cpu", CPU_SCHEMA, Map.of("threads", 2, "kernels", List.of("int", "float", "hash"))));
        modules.put(
                "memory",
                new ModuleSchema(
                        "memory",
                        MEMORY_SCHEMA,
                        Map.of(
                                "threads",
                                1,
                                "kernels",
                                List.of("copy", "triad"),
                                "buffer_sizes",
                                List.of("32KiB"),
                                "strides",
                                List.of(1))));
        modules.put(
                "disk",
                new ModuleSchema(
                        "disk",
                        DISK_SCHEMA,
                        Map.of("file_size", "1GiB", "dir", "/var/tmp", "direct", "auto", "fsync", false)));
        modules.put(
                "network", new ModuleSchema("network", NETWORK_SCHEMA, Map.of("connect_timeout", "2s", "retries", 3)));
        return modules;
    }

    static Path write(Path dir, String toml) throws IOException {
        Path file = dir.resolve("profile.toml");
        Files.writeString(file, toml);
        return file;
    }
}
