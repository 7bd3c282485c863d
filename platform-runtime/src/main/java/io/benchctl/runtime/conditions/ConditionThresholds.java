package io.benchctl.runtime.conditions;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.runtime.config.Defaults;
import io.benchctl.runtime.config.MapSettings;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The profile's {@code [conditions]} table: the monitor's sampling interval and where each
 * condition warning starts. Not part of what makes two runs comparable (see {@code ProfileHash}).
 *
 * @param interval time between two samples
 * @param stealPercent median steal (% of all CPUs' time) above which {@code steal} is raised
 * @param backgroundCpus median CPUs other processes used above which {@code background-cpu} is raised
 * @param frequencyDropPercent fall of the lowest frequency below its highest sample, in %
 * @param swapPagesPerSecond highest swap-in or swap-out rate tolerated
 * @param thermalThrottleEventsPerSecond highest thermal throttling rate tolerated
 * @param cgroupThrottledPeriodsPerSecond highest rate of CPU-quota periods throttled tolerated
 * @param diskOtherIoMibPerSecond median I/O of others on the scratch device tolerated, MiB/s
 * @param retransmitsPerSecond highest TCP retransmit rate tolerated
 * @param runQueuePerCpu median run queue per CPU tolerated by syscall workloads
 */
@API(status = INTERNAL, since = "1.3")
public record ConditionThresholds(
        Duration interval,
        double stealPercent,
        double backgroundCpus,
        double frequencyDropPercent,
        double swapPagesPerSecond,
        double thermalThrottleEventsPerSecond,
        double cgroupThrottledPeriodsPerSecond,
        double diskOtherIoMibPerSecond,
        double retransmitsPerSecond,
        double runQueuePerCpu) {

    /** The defaults alone. */
    public static ConditionThresholds defaults() {
        return of(null);
    }

    /**
     * Reads the {@code conditions} block of an effective profile's tree (validated by the profile
     * loader); keys it lacks, or a null table, take the defaults.
     */
    public static ConditionThresholds of(Object table) {
        Map<String, Object> values = new LinkedHashMap<>(Defaults.conditions());
        if (table instanceof Map<?, ?> given) {
            given.forEach((key, value) -> values.put(String.valueOf(key), value));
        }
        MapSettings s = new MapSettings(values);
        return new ConditionThresholds(
                s.getDuration("interval"),
                s.getDouble("steal_percent"),
                s.getDouble("background_cpus"),
                s.getDouble("frequency_drop_percent"),
                s.getDouble("swap_pages_per_second"),
                s.getDouble("thermal_throttle_events_per_second"),
                s.getDouble("cgroup_throttled_periods_per_second"),
                s.getDouble("disk_other_io_mib_per_second"),
                s.getDouble("retransmits_per_second"),
                s.getDouble("run_queue_per_cpu"));
    }
}
