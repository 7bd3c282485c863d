package io.benchctl.history.store;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The SHA-256 (64 hex digits) of the part of an effective profile that changes what a run
 * measures. Two runs on one host with equal keys measured the same thing, so their figures
 * belong to one series; anything that can change a figure is kept in the key.
 *
 * <p>Left out ({@link #EXCLUDED}): the run's name (a fleet sets one per node), where results go
 * and how they are shown ({@code run.output}, {@code run.reporters}, a {@code [reporters]}
 * table), how they are judged and kept ({@code [compare]}, {@code [history]},
 * {@code run.history}, the {@code [conditions]} monitor's thresholds and interval), the hang guard
 * {@code run.phase_timeout} (it fails a hung workload, never changes a figure), the
 * {@code run.seed} of the workload order, a network module's connection retries, connect
 * timeout, connect retry window and token file, and every key whose name starts with {@code warn} (warning
 * thresholds). Changing this list changes every key: the full profile is kept beside each run,
 * so a schema migration can recompute them.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MeasurementKey {

    /** Dotted paths left out; {@code *} stands for any one key (a module id). */
    public static final List<String> EXCLUDED = List.of(
            "run.name",
            "run.output",
            "run.reporters",
            "run.phase_timeout",
            "run.seed",
            "run.history",
            "reporters",
            "compare",
            "conditions",
            "history",
            "modules.*.retries",
            "modules.*.connect_timeout",
            "modules.*.connect_retry_window",
            "modules.*.token_file");

    private static final String WARNING_PREFIX = "warn";

    private MeasurementKey() {}

    /** The key of a profile tree; a run without a profile gets the key of an empty one. */
    public static String of(Map<String, Object> profile) {
        return CanonicalJson.sha256(CanonicalJson.of(measuredPart(profile)));
    }

    /** The profile tree without the {@link #EXCLUDED} keys: what the key is the hash of. */
    public static Map<String, Object> measuredPart(Map<String, Object> profile) {
        return profile == null ? Map.of() : without(profile, "");
    }

    private static Map<String, Object> without(Map<?, ?> table, String prefix) {
        Map<String, Object> kept = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : table.entrySet()) {
            String key = String.valueOf(entry.getKey());
            String path = prefix + key;
            if (key.startsWith(WARNING_PREFIX) || excluded(path)) {
                continue;
            }
            Object value = entry.getValue();
            kept.put(key, value instanceof Map<?, ?> nested ? without(nested, path + ".") : value);
        }
        return kept;
    }

    private static boolean excluded(String path) {
        String[] parts = path.split("\\.", -1);
        for (String rule : EXCLUDED) {
            String[] ruleParts = rule.split("\\.", -1);
            if (ruleParts.length == parts.length && matches(ruleParts, parts)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String[] rule, String[] path) {
        for (int i = 0; i < rule.length; i++) {
            if (!rule[i].equals("*") && !rule[i].equals(path[i])) {
                return false;
            }
        }
        return true;
    }
}
