package io.benchctl.runtime.fleet;

import io.benchctl.api.result.PluginInfo;
import io.benchctl.api.result.RunResult;
import io.benchctl.history.store.MeasurementKey;
import io.benchctl.runtime.baseline.RunIdentity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Splits runs into those measured alike, which are merged, and the rest. Alike means the same
 * measurement key, benchctl major and plugin versions. The peer address (and the command that
 * starts the peer) is left out of the key: in a fleet each host tests against its own peer, and
 * the peer is a column of the network matrix, not a condition of the measurement. The largest
 * cohort is merged (the first one given on a tie).
 */
final class Cohorts {

    record Split(List<FleetHost> merged, String measurementKey, List<FleetReport.NotComparable> apart) {}

    private record Identity(String measurementKey, String benchctlMajor, Map<String, String> plugins) {}

    private Cohorts() {}

    static Split split(List<FleetHost> hosts) {
        Map<Identity, List<FleetHost>> cohorts = new LinkedHashMap<>();
        for (FleetHost host : hosts) {
            cohorts.computeIfAbsent(identity(host.result()), key -> new ArrayList<>())
                    .add(host);
        }
        Identity main = null;
        for (Map.Entry<Identity, List<FleetHost>> cohort : cohorts.entrySet()) {
            if (main == null || cohort.getValue().size() > cohorts.get(main).size()) {
                main = cohort.getKey();
            }
        }
        if (main == null) {
            return new Split(List.of(), null, List.of());
        }
        List<FleetReport.NotComparable> apart = new ArrayList<>();
        for (Map.Entry<Identity, List<FleetHost>> cohort : cohorts.entrySet()) {
            if (cohort.getKey().equals(main)) {
                continue;
            }
            List<String> reasons = reasons(main, cohort.getKey());
            for (FleetHost host : cohort.getValue()) {
                apart.add(new FleetReport.NotComparable(
                        host.file().toString(), host.id(), host.result().runId(), host.status(), reasons));
            }
        }
        return new Split(List.copyOf(cohorts.get(main)), main.measurementKey(), List.copyOf(apart));
    }

    /** The measurement key of a run's profile without the peer, as {@link Cohorts} compares them. */
    static String measurementKey(RunResult result) {
        return MeasurementKey.of(withoutPeer(result.profile()));
    }

    private static Identity identity(RunResult result) {
        Map<String, String> plugins = new TreeMap<>();
        if (result.benchctl() != null && result.benchctl().plugins() != null) {
            for (PluginInfo plugin : result.benchctl().plugins()) {
                plugins.put(plugin.id(), plugin.version());
            }
        }
        return new Identity(measurementKey(result), RunIdentity.of(result).benchctlMajor(), plugins);
    }

    private static Map<String, Object> withoutPeer(Map<String, Object> profile) {
        if (profile == null
                || !(profile.get("modules") instanceof Map<?, ?> modules)
                || !(modules.get("network") instanceof Map<?, ?> network)) {
            return profile;
        }
        Map<String, Object> networkCopy = new LinkedHashMap<>();
        network.forEach((key, value) -> networkCopy.put(String.valueOf(key), value));
        networkCopy.remove("peer");
        networkCopy.remove("peer_command");
        Map<String, Object> modulesCopy = new LinkedHashMap<>();
        modules.forEach((key, value) -> modulesCopy.put(String.valueOf(key), value));
        modulesCopy.put("network", networkCopy);
        Map<String, Object> copy = new LinkedHashMap<>(profile);
        copy.put("modules", modulesCopy);
        return copy;
    }

    private static List<String> reasons(Identity merged, Identity other) {
        List<String> reasons = new ArrayList<>();
        if (!merged.measurementKey().equals(other.measurementKey())) {
            reasons.add("profile differs (measurement key " + shortKey(other.measurementKey()) + ", merged runs "
                    + shortKey(merged.measurementKey()) + ")");
        }
        if (!Objects.equals(merged.benchctlMajor(), other.benchctlMajor())) {
            reasons.add("benchctl major " + other.benchctlMajor() + " (merged runs " + merged.benchctlMajor() + ")");
        }
        Map<String, String> ids = new TreeMap<>(merged.plugins());
        ids.putAll(other.plugins());
        for (String id : ids.keySet()) {
            String mergedVersion = merged.plugins().get(id);
            String otherVersion = other.plugins().get(id);
            if (!Objects.equals(mergedVersion, otherVersion)) {
                reasons.add("plugin " + id + " " + shown(otherVersion) + " (merged runs " + shown(mergedVersion) + ")");
            }
        }
        return List.copyOf(reasons);
    }

    private static String shown(String version) {
        return version == null ? "absent" : version;
    }

    private static String shortKey(String key) {
        return key.length() > 12 ? key.substring(0, 12) + "…" : key;
    }
}
