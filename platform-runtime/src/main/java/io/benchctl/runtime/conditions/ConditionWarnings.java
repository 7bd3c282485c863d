package io.benchctl.runtime.conditions;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.api.Resource;
import io.benchctl.api.result.ConditionSignal;
import io.benchctl.api.result.Conditions;
import io.benchctl.api.result.WarningInfo;
import io.benchctl.runtime.platform.ConditionSignals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The condition warnings of one workload: each signal past its {@code [conditions]} threshold,
 * naming the value and the threshold. Sustained conditions (steal, background CPU, another's disk
 * I/O, the run queue) are judged on the median, so that they held for at least half the measured
 * time; events that should never happen (swap, throttling, retransmits) on the largest sample.
 * An unavailable signal raises nothing: its absence is in the conditions block.
 */
@API(status = INTERNAL, since = "1.3")
public final class ConditionWarnings {
    private static final double MIB = 1024.0 * 1024.0;

    private ConditionWarnings() {}

    /**
     * @param resources the workload's resource tags: {@code disk-busy} is judged for disk
     *     workloads, {@code retransmits} for network ones
     * @param moduleId {@code saturation} is judged for the syscall module's workloads
     * @param cpus the host's CPUs, for the run queue
     */
    public static List<WarningInfo> of(
            Conditions conditions, ConditionThresholds t, Set<Resource> resources, String moduleId, int cpus) {
        List<WarningInfo> warnings = new ArrayList<>();
        if (conditions == null) {
            return warnings;
        }
        Judge judge = new Judge(conditions, warnings);
        judge.median(ConditionSignals.STEAL, "steal", t.stealPercent(), "steal_percent", "CPU steal");
        judge.median(
                ConditionSignals.BACKGROUND_CPU,
                "background-cpu",
                t.backgroundCpus(),
                "background_cpus",
                "other processes used");
        frequencyDrop(conditions, t, warnings);
        judge.max(ConditionSignals.SWAP_IN, "swap", t.swapPagesPerSecond(), "swap_pages_per_second", "swap-in");
        judge.max(ConditionSignals.SWAP_OUT, "swap", t.swapPagesPerSecond(), "swap_pages_per_second", "swap-out");
        judge.max(
                ConditionSignals.THERMAL_THROTTLE,
                "thermal-throttled",
                t.thermalThrottleEventsPerSecond(),
                "thermal_throttle_events_per_second",
                "thermal throttling");
        judge.max(
                ConditionSignals.CGROUP_THROTTLED,
                "cgroup-throttled",
                t.cgroupThrottledPeriodsPerSecond(),
                "cgroup_throttled_periods_per_second",
                "the cgroup's CPU quota throttled it");
        if (resources.contains(Resource.DISK)) {
            judge.median(
                    ConditionSignals.DISK_OTHER_IO,
                    "disk-busy",
                    t.diskOtherIoMibPerSecond() * MIB,
                    "disk_other_io_mib_per_second",
                    "others' I/O on the scratch device");
        }
        if (resources.contains(Resource.NETWORK)) {
            judge.max(
                    ConditionSignals.TCP_RETRANSMITS,
                    "retransmits",
                    t.retransmitsPerSecond(),
                    "retransmits_per_second",
                    "TCP retransmits");
        }
        if (moduleId.equals("syscall")) {
            judge.median(
                    ConditionSignals.RUN_QUEUE,
                    "saturation",
                    t.runQueuePerCpu() * cpus,
                    "run_queue_per_cpu × " + cpus + " CPUs",
                    "the run queue");
        }
        return warnings;
    }

    private static void frequencyDrop(Conditions conditions, ConditionThresholds t, List<WarningInfo> warnings) {
        ConditionSignal frequency = conditions.signal(ConditionSignals.CPU_FREQUENCY.name());
        if (frequency == null || !frequency.available() || frequency.max() <= 0) {
            return;
        }
        double dropPercent = 100.0 * (frequency.max() - frequency.min()) / frequency.max();
        if (dropPercent > t.frequencyDropPercent()) {
            warnings.add(new WarningInfo(
                    "frequency-drop",
                    String.format(
                            Locale.ROOT,
                            "the CPU frequency fell %.1f %% (%.0f to %.0f MHz, %s), more than the"
                                    + " threshold of %s %% ([conditions] frequency_drop_percent)",
                            dropPercent,
                            frequency.max(),
                            frequency.min(),
                            frequency.source(),
                            number(t.frequencyDropPercent()))));
        }
    }

    /** Compares one statistic of a signal with its threshold. */
    private record Judge(Conditions conditions, List<WarningInfo> warnings) {
        void median(ConditionSignals.Spec spec, String code, double threshold, String key, String what) {
            ConditionSignal s = conditions.signal(spec.name());
            if (s != null && s.available() && s.median() > threshold) {
                add(code, what, s, s.median(), "median", threshold, key);
            }
        }

        void max(ConditionSignals.Spec spec, String code, double threshold, String key, String what) {
            ConditionSignal s = conditions.signal(spec.name());
            if (s != null && s.available() && s.max() > threshold) {
                add(code, what, s, s.max(), "highest", threshold, key);
            }
        }

        private void add(
                String code, String what, ConditionSignal s, double value, String stat, double threshold, String key) {
            boolean bytes = s.unit().equals("bytes/s");
            String unit = bytes ? "MiB/s" : s.unit();
            double shown = bytes ? value / MIB : value;
            double limit = bytes ? threshold / MIB : threshold;
            warnings.add(new WarningInfo(
                    code,
                    what + " " + number(shown) + " " + unit + " (" + stat + " of " + conditions.samples()
                            + " samples) while the iterations ran, above the threshold of " + number(limit) + " "
                            + unit + " ([conditions] " + key + ")"));
        }
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}
