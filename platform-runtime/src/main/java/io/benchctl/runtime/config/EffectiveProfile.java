package io.benchctl.runtime.config;

import io.benchctl.api.Settings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public record EffectiveProfile(Path source, RunSettings run, LinkedHashMap<String, Settings> modules, Map<String, Object> tree) {
    public EffectiveProfile narrow(List<String> tests) throws ProfileException {
        LinkedHashMap<String, Settings> kept = new LinkedHashMap<>();
        for (String t : tests) {
            if (!modules.containsKey(t)) {
                throw new ProfileException("unknown test " + t, List.of());
            }
            kept.put(t, modules.get(t));
        }
        return new EffectiveProfile(source, run, kept, tree);
    }
}
