package io.benchctl.runtime.conditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.result.ConditionSignal;
import io.benchctl.api.result.Conditions;
import io.benchctl.runtime.platform.ConditionSignals;
import io.benchctl.runtime.platform.linux.LinuxConditionsProbe;
import io.benchctl.runtime.platform.portable.PortableConditionsProbe;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The monitor's sampler thread on this host, and on a host benchctl has no code for. */
class ConditionsMonitorTest {
    @TempDir
    Path temp;

    @Test
    void itSamplesWhileStartedAndMeasuresItsOwnCost() throws Exception {
        ConditionsMonitor monitor = new ConditionsMonitor(new LinuxConditionsProbe(), Duration.ofMillis(50), "t/a");
        assertNull(monitor.conditions(), "nothing before the measured iterations start");
        monitor.start(List.of(), () -> List.of(temp));
        Thread.sleep(400);
        monitor.stop();
        monitor.fact("socket-buffers", "SO_SNDBUF 4 KiB", "network");
        Conditions conditions = monitor.conditions();
        assertTrue(conditions.samples() >= 2, "samples every 50 ms: " + conditions.samples());
        assertTrue(Double.isFinite(conditions.monitorCpuPercent()) && conditions.monitorCpuPercent() >= 0);
        assertEquals(ConditionSignals.ALL.size(), conditions.signals().size());
        ConditionSignal steal = conditions.signal("steal");
        assertTrue(
                steal.available() && steal.min() <= steal.median() && steal.median() <= steal.max(), steal.toString());
        assertTrue(conditions.facts().stream().anyMatch(f -> f.name().equals("socket-buffers")));
        assertTrue(conditions.facts().stream().anyMatch(f -> f.name().equals("cpu-governor")));
    }

    @Test
    void aWindowShorterThanOneIntervalStillHasASample() {
        ConditionsMonitor monitor = new ConditionsMonitor(new LinuxConditionsProbe(), Duration.ofSeconds(5), "t/b");
        monitor.start(List.of(), List::of);
        monitor.stop();
        assertEquals(1, monitor.conditions().samples());
    }

    @Test
    void onAnotherOperatingSystemEverySignalIsUnavailableNeverZero() {
        ConditionsMonitor monitor = new ConditionsMonitor(new PortableConditionsProbe(), Duration.ofMillis(50), "t/c");
        monitor.start(List.of(), List::of);
        monitor.stop();
        for (ConditionSignal signal : monitor.conditions().signals()) {
            assertFalse(signal.available(), signal.toString());
            assertNull(signal.median(), signal.toString());
            assertTrue(signal.unavailableReason().contains("Linux only"), signal.toString());
        }
    }
}
