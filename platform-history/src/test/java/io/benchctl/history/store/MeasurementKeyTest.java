package io.benchctl.history.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeasurementKeyTest {

    private static Map<String, Object> profile() {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("name", "nightly");
        run.put("duration", "1s");
        run.put("iterations", 5);
        run.put("output", "results");
        run.put("reporters", List.of("json"));
        run.put("phase_timeout", "1m");
        Map<String, Object> network = new LinkedHashMap<>();
        network.put("peer", "10.0.0.2:7000");
        network.put("retries", 3);
        network.put("connect_timeout", "2s");
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("run", run);
        profile.put("modules", new LinkedHashMap<>(Map.of("network", network, "cpu", Map.of("threads", 4))));
        profile.put("compare", Map.of("threshold_percent", 5));
        return profile;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> table(Map<String, Object> profile, String... path) {
        Map<String, Object> table = profile;
        for (String key : path) {
            table = (Map<String, Object>) table.get(key);
        }
        return table;
    }

    @Test
    void whatDoesNotChangeAMeasurementDoesNotChangeTheKey() {
        String key = MeasurementKey.of(profile());
        Map<String, Object> changed = profile();
        table(changed, "run").put("name", "node-17");
        table(changed, "run").put("output", "/srv/results");
        table(changed, "run").put("reporters", List.of("markdown", "html"));
        table(changed, "run").put("phase_timeout", "10m");
        table(changed, "run").put("seed", 1234);
        table(changed, "run").put("history", "jdbc:postgresql://db/bench");
        table(changed, "run").put("warn_cv_percent", 3);
        table(changed, "modules", "network").put("retries", 0);
        table(changed, "modules", "network").put("connect_timeout", "30s");
        table(changed, "modules", "network").put("connect_retry_window", "2m");
        changed.put("compare", Map.of("threshold_percent", 50));
        changed.put("history", Map.of("database", "jdbc:postgresql://db/bench"));
        changed.put("conditions", Map.of("background_cpus", 0.5, "interval", "1s"));
        assertEquals(key, MeasurementKey.of(changed));
    }

    @Test
    void everythingElseChangesTheKey() {
        String key = MeasurementKey.of(profile());
        for (var change : List.<java.util.function.Consumer<Map<String, Object>>>of(
                p -> table(p, "run").put("duration", "2s"),
                p -> table(p, "run").put("iterations", 6),
                p -> table(p, "modules", "network").put("peer", "10.0.0.3:7000"),
                p -> table(p, "modules").put("cpu", Map.of("threads", 8)),
                p -> table(p, "modules").put("memory", Map.of()))) {
            Map<String, Object> changed = profile();
            change.accept(changed);
            assertNotEquals(key, MeasurementKey.of(changed), changed.toString());
        }
    }

    @Test
    void keyOrderDoesNotMatterAndTheKeyIsASha256() {
        Map<String, Object> reordered = new LinkedHashMap<>();
        Map<String, Object> original = profile();
        List.of("compare", "modules", "run").forEach(k -> reordered.put(k, original.get(k)));
        assertEquals(MeasurementKey.of(original), MeasurementKey.of(reordered));
        assertEquals(64, MeasurementKey.of(original).length());
        assertEquals(MeasurementKey.of(Map.of()), MeasurementKey.of(null));
    }

    @Test
    void realRunsWithOtherNamesShareAKeyAndALargerArrayDoesNot() {
        String tiny = MeasurementKey.of(Results.read(Results.TINY_1).profile());
        assertEquals(tiny, MeasurementKey.of(Results.read(Results.RENAMED).profile()));
        assertNotEquals(tiny, MeasurementKey.of(Results.read(Results.BIGGER).profile()));
    }
}
