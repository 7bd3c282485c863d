package io.benchctl.runtime.config;

import java.util.Map;

public record ModuleSchema(String id, String schemaJson, Map<String, Object> defaults) {}
