package io.benchctl.runtime.conditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.Resource;
import io.benchctl.api.result.Conditions;
import io.benchctl.api.result.WarningInfo;
import io.benchctl.runtime.platform.ConditionsSession;
import io.benchctl.runtime.platform.linux.LinuxConditionsProbe;
import io.benchctl.runtime.platform.linux.ProcFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each condition this machine cannot produce (steal, a frequency drop, thermal throttling, swap),
 * written into files laid out like /proc and /sys and read by the same Linux probe a run uses,
 * raises its warning naming the value and the threshold; a quiet fixture raises none.
 */
class ConditionWarningsTest {
    @TempDir
    Path temp;

    /** Three samples of a fixture host, {@code change} applied before each. */
    private Conditions watch(ProcFixture host, Consumer<Integer> change) {
        ConditionsSession session = new LinuxConditionsProbe(host.root()).open(List.of(0, 1), List.of());
        Map<String, List<Double>> values = new HashMap<>();
        for (int i = 1; i <= 3; i++) {
            change.accept(i);
            session.sample()
                    .forEach((k, v) ->
                            values.computeIfAbsent(k, n -> new ArrayList<>()).add(v));
        }
        return new Conditions(250, 3, 0.1, SignalSummary.of(session.signals(), values), session.facts());
    }

    private static List<String> codes(List<WarningInfo> warnings) {
        return warnings.stream().map(WarningInfo::code).toList();
    }

    private List<WarningInfo> warnings(Conditions conditions, Set<Resource> resources, String module) {
        return ConditionWarnings.of(conditions, ConditionThresholds.defaults(), resources, module, 2);
    }

    @Test
    void aQuietHostRaisesNoConditionWarning() {
        ProcFixture host = new ProcFixture(temp).cpuinfo(2000, 2000).thermal(0, 1, 1);
        // each interval: 1000 ticks, all busy ticks ours, nothing stolen, swapped or throttled
        Conditions quiet =
                watch(host, i -> host.stat(1000 + 100 * i, 900 * i, 0, 2).self(100 + 100 * i, 0));
        assertEquals(List.of(), warnings(quiet, Set.of(Resource.DISK, Resource.NETWORK), "syscall"));
    }

    @Test
    void stealAndBackgroundCpuAreJudgedOnTheirMedian() {
        ProcFixture host = new ProcFixture(temp).cpuinfo(2000, 2000);
        // each interval of 1000 ticks: 100 stolen, 600 busy of which 100 ours
        Conditions busy =
                watch(host, i -> host.stat(1000 + 600 * i, 300 * i, 100 * i, 2).self(100 + 100 * i, 0));
        List<WarningInfo> found = warnings(busy, Set.of(Resource.CPU), "cpu");
        assertEquals(List.of("steal", "background-cpu"), codes(found));
        assertTrue(
                found.get(0).message().contains("CPU steal 10 %"), found.get(0).message());
        assertTrue(
                found.get(0).message().contains("threshold of 2 %"),
                found.get(0).message());
        assertTrue(
                found.get(1).message().contains("other processes used 1 cpus"),
                found.get(1).message());
        assertTrue(
                found.get(1).message().contains("background_cpus"), found.get(1).message());
    }

    @Test
    void aFrequencyDropIsReportedFromCpufreq() {
        ProcFixture host =
                new ProcFixture(temp).cpuinfo(2000, 2000).cpufreq(0, 3_000_000).cpufreq(1, 3_000_000);
        Conditions dropping = watch(host, i -> host.cpufreq(1, i == 3 ? 2_000_000 : 3_000_000));
        List<WarningInfo> found = warnings(dropping, Set.of(Resource.CPU), "cpu");
        assertEquals(List.of("frequency-drop"), codes(found));
        assertTrue(found.getFirst().message().contains("33.3 % (3000 to 2000 MHz, cpufreq"), found.toString());
    }

    @Test
    void thermalThrottlingSwapAndCgroupThrottlingAreReportedOnAnyEvent() {
        ProcFixture host = new ProcFixture(temp).cpuinfo(2000, 2000).thermal(0, 0, 0);
        Conditions hot = watch(host, i -> {
            host.thermal(0, i == 2 ? 1 : 0, 0);
            host.swap(i == 3 ? 8 : 0, 0);
            host.cgroupV1(i, i * 1_000_000L);
        });
        assertEquals(
                List.of("swap", "thermal-throttled", "cgroup-throttled"),
                codes(warnings(hot, Set.of(Resource.CPU), "cpu")));
    }

    @Test
    void retransmitsAndSaturationOnlyForTheirKindOfWorkload() {
        ProcFixture host = new ProcFixture(temp).cpuinfo(2000, 2000);
        Conditions crowded = watch(host, i -> host.retransmits(1000L * i).stat(1000 + 100 * i, 900 * i, 0, 9));
        assertEquals(List.of(), warnings(crowded, Set.of(Resource.CPU), "cpu"));
        assertEquals(List.of("retransmits"), codes(warnings(crowded, Set.of(Resource.NETWORK), "network")));
        List<WarningInfo> syscall = warnings(crowded, Set.of(Resource.CPU), "syscall");
        assertEquals(List.of("saturation"), codes(syscall));
        assertTrue(syscall.getFirst().message().contains("the run queue 8 threads"), syscall.toString());
    }

    @Test
    void thresholdsComeFromTheProfileTable() {
        ProcFixture host = new ProcFixture(temp).cpuinfo(2000, 2000);
        Conditions busy =
                watch(host, i -> host.stat(1000 + 600 * i, 300 * i, 100 * i, 2).self(100 + 100 * i, 0));
        ConditionThresholds lenient = ConditionThresholds.of(Map.of("steal_percent", 20, "background_cpus", 1.5));
        assertEquals(List.of(), ConditionWarnings.of(busy, lenient, Set.of(Resource.CPU), "cpu", 2));
    }
}
