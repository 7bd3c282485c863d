package io.benchctl.runtime.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Map;
import org.apiguardian.api.API;

/**
 * What the profile loader needs of a loaded benchmark module.
 *
 * @param id the key under {@code [modules.<id>]}
 * @param schemaJson the module's JSON Schema (2020-12) for that table
 * @param defaults the module's defaults for this host (TOML-like values), the lowest precedence
 */
@API(status = INTERNAL, since = "1.0")
public record ModuleSchema(String id, String schemaJson, Map<String, Object> defaults) {

    public ModuleSchema {
        defaults = defaults == null ? Map.of() : Map.copyOf(defaults);
    }
}
