package io.benchctl.runtime.platform;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import org.apiguardian.api.API;

/** The signals the conditions monitor samples: their names and units, in the order results list them. */
@API(status = INTERNAL, since = "1.3")
public final class ConditionSignals {

    /** A signal's name and unit. */
    public record Spec(String name, String unit) {}

    /** CPU time stolen by the hypervisor, as a percentage of all CPUs' time. */
    public static final Spec STEAL = new Spec("steal", "%");
    /** CPU time other processes used: the host's busy time minus ours. */
    public static final Spec BACKGROUND_CPU = new Spec("background-cpu", "cpus");
    /** CPU time this process used (all its threads, the monitor's too). */
    public static final Spec OWN_CPU = new Spec("own-cpu", "cpus");
    /** Idle time with I/O outstanding, as a percentage of all CPUs' time. */
    public static final Spec IOWAIT = new Spec("iowait", "%");
    /** Runnable threads on the host, the monitor's own sampling thread left out. */
    public static final Spec RUN_QUEUE = new Spec("run-queue", "threads");
    /** The lowest current frequency of the monitored CPUs. */
    public static final Spec CPU_FREQUENCY = new Spec("cpu-frequency", "MHz");
    /** Thermal throttling events of the monitored CPUs (core and package). */
    public static final Spec THERMAL_THROTTLE = new Spec("thermal-throttle", "events/s");

    public static final Spec SWAP_IN = new Spec("swap-in", "pages/s");
    public static final Spec SWAP_OUT = new Spec("swap-out", "pages/s");
    /** This process's page faults, minor and major. */
    public static final Spec PAGE_FAULTS = new Spec("page-faults", "faults/s");

    public static final Spec MAJOR_PAGE_FAULTS = new Spec("major-page-faults", "faults/s");
    /** This process's voluntary context switches (it blocked), summed over its threads. */
    public static final Spec VOLUNTARY_SWITCHES = new Spec("voluntary-context-switches", "switches/s");
    /** This process's involuntary context switches (it was preempted), summed over its threads. */
    public static final Spec INVOLUNTARY_SWITCHES = new Spec("involuntary-context-switches", "switches/s");
    /** How much of the time the scratch device had I/O in flight. */
    public static final Spec DISK_UTILISATION = new Spec("disk-utilisation", "%");
    /** Bytes the scratch device moved beyond what this process read and wrote. */
    public static final Spec DISK_OTHER_IO = new Spec("disk-other-io", "bytes/s");
    /** TCP segments the host retransmitted. */
    public static final Spec TCP_RETRANSMITS = new Spec("tcp-retransmits", "segments/s");
    /** Periods in which this process's cgroup used up its CPU quota. */
    public static final Spec CGROUP_THROTTLED = new Spec("cgroup-throttled", "periods/s");
    /** Time this process's cgroup spent throttled. */
    public static final Spec CGROUP_THROTTLED_TIME = new Spec("cgroup-throttled-time", "ms/s");

    public static final List<Spec> ALL = List.of(
            STEAL,
            BACKGROUND_CPU,
            OWN_CPU,
            IOWAIT,
            RUN_QUEUE,
            CPU_FREQUENCY,
            THERMAL_THROTTLE,
            SWAP_IN,
            SWAP_OUT,
            PAGE_FAULTS,
            MAJOR_PAGE_FAULTS,
            VOLUNTARY_SWITCHES,
            INVOLUNTARY_SWITCHES,
            DISK_UTILISATION,
            DISK_OTHER_IO,
            TCP_RETRANSMITS,
            CGROUP_THROTTLED,
            CGROUP_THROTTLED_TIME);

    private ConditionSignals() {}
}
