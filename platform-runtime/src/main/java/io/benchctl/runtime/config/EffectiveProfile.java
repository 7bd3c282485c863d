package io.benchctl.runtime.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.api.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A validated profile with every default applied: what a run executes.
 *
 * @param source the profile file; null for the empty profile
 * @param run the {@code [run]} settings
 * @param modules each selected module's effective settings, in profile order
 * @param tree the effective configuration as plain values ({@code run}, {@code modules.<id>},
 *     and {@code compare} when present), for the result's {@code profile} block
 */
@API(status = INTERNAL, since = "1.0")
public record EffectiveProfile(
        Path source, RunSettings run, LinkedHashMap<String, Settings> modules, Map<String, Object> tree) {

    /**
     * This profile with only the given modules ({@code --modules cpu,memory}), still in profile
     * order.
     *
     * @throws ProfileException naming each id that is not in the profile, with the nearest one
     */
    public EffectiveProfile narrow(List<String> moduleIds) throws ProfileException {
        List<ProfileError> errors = new ArrayList<>();
        String known = modules.isEmpty()
                ? "no module (the profile selects none)"
                : "one of the profile's modules: " + String.join(", ", modules.keySet());
        if (moduleIds.isEmpty()) {
            errors.add(new ProfileError("--modules", null, null, "at least one module id", "an empty list", null));
        }
        for (String id : moduleIds) {
            if (!modules.containsKey(id)) {
                errors.add(new ProfileError(
                        "--modules", null, null, known, Json.quote(id), NearestName.of(id, modules.keySet())));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProfileException(errors);
        }
        LinkedHashMap<String, Settings> kept = new LinkedHashMap<>();
        Map<String, Object> keptTrees = new LinkedHashMap<>();
        Map<?, ?> moduleTrees = tree.get("modules") instanceof Map<?, ?> map ? map : Map.of();
        modules.forEach((id, settings) -> {
            if (moduleIds.contains(id)) {
                kept.put(id, settings);
                keptTrees.put(id, moduleTrees.get(id));
            }
        });
        Map<String, Object> narrowed = new LinkedHashMap<>(tree);
        narrowed.put("modules", keptTrees);
        return new EffectiveProfile(source, run, kept, narrowed);
    }
}
