package io.benchctl.runtime.platform.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.runtime.platform.ConditionSignals;
import io.benchctl.runtime.platform.ConditionsSession;
import io.benchctl.runtime.platform.SignalSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Linux readers on files laid out like /proc and /sys, and on this machine's own. */
class LinuxConditionsProbeTest {
    @TempDir
    Path temp;

    private static SignalSource source(ConditionsSession session, ConditionSignals.Spec spec) {
        return session.signals().stream()
                .filter(s -> s.name().equals(spec.name()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void cpuTimesGiveStealBackgroundCpuAndTheRunQueueWithoutTheMonitor() {
        ProcFixture host = new ProcFixture(temp).cpuinfo(2000, 2000);
        ConditionsSession session = new LinuxConditionsProbe(temp).open(List.of(), List.of());
        // 1000 ticks later: 600 busy (100 of them ours), 300 idle, 100 stolen
        host.stat(1000 + 600, 300, 100, 4).self(100 + 100, 50);
        Map<String, Double> values = session.sample();
        assertEquals(10.0, values.get("steal"), 1e-9);
        assertEquals(2 * 500 / 1000.0, values.get("background-cpu"), 1e-9, "others' 500 of 1000 ticks on 2 CPUs");
        assertEquals(2 * 100 / 1000.0, values.get("own-cpu"), 1e-9);
        assertEquals(3.0, values.get("run-queue"), "procs_running less the monitor's own thread");
        assertTrue(values.get("page-faults") > 0);
        assertEquals("/proc/stat", source(session, ConditionSignals.STEAL).source());
    }

    @Test
    void frequencyComesFromCpufreqWhereTheHostHasItAndSaysSo() {
        ProcFixture host =
                new ProcFixture(temp).cpuinfo(1234, 1234).cpufreq(0, 3_000_000).cpufreq(1, 2_900_000);
        ConditionsSession session = new LinuxConditionsProbe(temp).open(List.of(0, 1), List.of());
        host.cpufreq(1, 2_000_000);
        assertEquals(2000.0, session.sample().get("cpu-frequency"), "the lowest of the monitored CPUs");
        assertEquals(
                LinuxCpuFrequency.CPUFREQ,
                source(session, ConditionSignals.CPU_FREQUENCY).source());
        assertTrue(session.facts().stream()
                .anyMatch(f -> f.name().equals("cpu-governor") && f.value().equals("powersave")));
    }

    @Test
    void withoutCpufreqFrequencyComesFromCpuinfoAndSaysSo() {
        ProcFixture host = new ProcFixture(temp).cpuinfo(2500, 2400);
        ConditionsSession session = new LinuxConditionsProbe(temp).open(List.of(1), List.of());
        host.cpuinfo(2500, 1800);
        assertEquals(1800.0, session.sample().get("cpu-frequency"));
        assertEquals(
                LinuxCpuFrequency.CPUINFO,
                source(session, ConditionSignals.CPU_FREQUENCY).source());
    }

    @Test
    void countersBecomeRatesPerSecond() throws Exception {
        ProcFixture host =
                new ProcFixture(temp).cpuinfo(2000, 2000).thermal(0, 5, 1).thermal(1, 0, 1);
        ConditionsSession session = new LinuxConditionsProbe(temp).open(List.of(), List.of());
        host.thermal(0, 9, 1).swap(30, 70).retransmits(12).cgroupV1(3, 4_000_000);
        Thread.sleep(100);
        Map<String, Double> values = session.sample();
        for (String name : List.of(
                "thermal-throttle",
                "swap-in",
                "swap-out",
                "tcp-retransmits",
                "cgroup-throttled",
                "cgroup-throttled-time")) {
            assertTrue(values.get(name) > 0, name + " rose: " + values);
        }
        // 4 events over at least 0.1 s, so at most 40 per second
        assertTrue(values.get("thermal-throttle") <= 40, values.toString());
        assertTrue(values.get("swap-out") > values.get("swap-in"), values.toString());
    }

    @Test
    void cgroupV2IsReadFromTheUnifiedTreeInMicroseconds() throws Exception {
        ProcFixture host = new ProcFixture(temp).cpuinfo(2000, 2000);
        host.write("proc/self/cgroup", "0::/bench.slice\n");
        host.write(
                "sys/fs/cgroup/bench.slice/cpu.stat",
                "usage_usec 10\nnr_periods 5\nnr_throttled 1\nthrottled_usec 1000\n");
        ConditionsSession session = new LinuxConditionsProbe(temp).open(List.of(), List.of());
        host.write(
                "sys/fs/cgroup/bench.slice/cpu.stat",
                "usage_usec 10\nnr_periods 9\nnr_throttled 5\nthrottled_usec 9000\n");
        Map<String, Double> values = session.sample();
        assertTrue(values.get("cgroup-throttled") > 0, values.toString());
        assertTrue(
                source(session, ConditionSignals.CGROUP_THROTTLED_TIME).source().endsWith("throttled_usec"));
    }

    @Test
    void anAbsentSourceIsUnavailableWithItsReasonAndNeverZero() throws Exception {
        ProcFixture host = new ProcFixture(temp).cpuinfo(2000, 2000);
        host.delete("proc/vmstat");
        ConditionsSession session = new LinuxConditionsProbe(temp).open(List.of(), List.of());
        SignalSource swap = source(session, ConditionSignals.SWAP_IN);
        assertFalse(swap.available());
        assertTrue(swap.unavailableReason().contains("vmstat"), swap.unavailableReason());
        SignalSource thermal = source(session, ConditionSignals.THERMAL_THROTTLE);
        assertTrue(thermal.unavailableReason().contains("thermal_throttle"), thermal.unavailableReason());
        assertTrue(source(session, ConditionSignals.DISK_UTILISATION)
                .unavailableReason()
                .contains("no scratch space"));
        Map<String, Double> values = session.sample();
        assertNull(values.get("swap-in"));
        assertNull(values.get("thermal-throttle"));
    }

    @Test
    void anEmptyRootHasEverySignalUnavailable() {
        ConditionsSession session = new LinuxConditionsProbe(temp).open(List.of(), List.of());
        assertEquals(ConditionSignals.ALL.size(), session.signals().size());
        assertTrue(
                session.signals().stream().noneMatch(SignalSource::available),
                session.signals().toString());
        assertTrue(session.sample().isEmpty());
    }

    @Test
    void thisHostsOwnFilesReadWithoutError() throws InterruptedException {
        ConditionsSession session = new LinuxConditionsProbe().open(List.of(), List.of(temp));
        Thread.sleep(100); // /proc/stat counts 10 ms ticks: an interval needs a few
        Map<String, Double> values = session.sample();
        for (String always : List.of("steal", "background-cpu", "own-cpu", "run-queue", "voluntary-context-switches")) {
            assertTrue(values.containsKey(always), always + " read from this Linux host: " + session.signals());
        }
        assertTrue(values.get("voluntary-context-switches") >= 0);
    }
}
