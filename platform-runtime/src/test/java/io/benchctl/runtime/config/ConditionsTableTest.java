package io.benchctl.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.runtime.baseline.ProfileHash;
import io.benchctl.runtime.conditions.ConditionThresholds;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profile's [conditions] table: defaults, validation, and that it never changes comparability. */
class ConditionsTableTest {
    private final ProfileLoader loader = new ProfileLoader();

    @TempDir
    Path dir;

    private EffectiveProfile load(String toml) throws Exception {
        return loader.load(TestModules.write(dir, toml), List.of(), TestModules.all());
    }

    @Test
    void theEmptyProfileCarriesTheDefaultThresholds() throws Exception {
        EffectiveProfile profile = loader.load(null, List.of(), TestModules.all());
        assertEquals(Defaults.conditions(), profile.tree().get("conditions"));
        ConditionThresholds thresholds = ConditionThresholds.of(profile.tree().get("conditions"));
        assertEquals(ConditionThresholds.defaults(), thresholds);
        assertEquals(Duration.ofMillis(250), thresholds.interval());
        assertEquals(0.25, thresholds.backgroundCpus());
    }

    @Test
    void aProfileSetsSomeThresholdsAndKeepsTheOtherDefaults() throws Exception {
        EffectiveProfile profile = load("""
                [conditions]
                background_cpus = 1
                interval = "500ms"
                """);
        ConditionThresholds thresholds = ConditionThresholds.of(profile.tree().get("conditions"));
        assertEquals(1.0, thresholds.backgroundCpus());
        assertEquals(Duration.ofMillis(500), thresholds.interval());
        assertEquals(2.0, thresholds.stealPercent());
    }

    @Test
    void thresholdsAreNotPartOfWhatMakesTwoRunsComparable() throws Exception {
        String run = "[run]\niterations = 3\n";
        Map<String, Object> plain = load(run).tree();
        Map<String, Object> strict = load(run + "[conditions]\nsteal_percent = 0.5\nbackground_cpus = 0\n")
                .tree();
        assertNotEquals(plain.get("conditions"), strict.get("conditions"));
        assertEquals(ProfileHash.of(plain), ProfileHash.of(strict));
        assertNotEquals(
                ProfileHash.of(plain),
                ProfileHash.of(load("[run]\niterations = 4\n").tree()));
    }

    @Test
    void anUnknownKeyOrANegativeThresholdIsAnErrorNamingIt() {
        ProfileException unknown = assertThrows(ProfileException.class, () -> load("[conditions]\nsteal = 3\n"));
        assertTrue(unknown.getMessage().contains("conditions.steal"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("steal_percent"), "suggests the nearest key: " + unknown.getMessage());
        ProfileException negative =
                assertThrows(ProfileException.class, () -> load("[conditions]\nbackground_cpus = -1\n"));
        assertTrue(negative.getMessage().contains("background_cpus"), negative.getMessage());
    }
}
