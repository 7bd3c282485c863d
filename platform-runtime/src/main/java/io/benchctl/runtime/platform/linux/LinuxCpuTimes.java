package io.benchctl.runtime.platform.linux;

import static io.benchctl.runtime.platform.ConditionSignals.BACKGROUND_CPU;
import static io.benchctl.runtime.platform.ConditionSignals.IOWAIT;
import static io.benchctl.runtime.platform.ConditionSignals.MAJOR_PAGE_FAULTS;
import static io.benchctl.runtime.platform.ConditionSignals.OWN_CPU;
import static io.benchctl.runtime.platform.ConditionSignals.PAGE_FAULTS;
import static io.benchctl.runtime.platform.ConditionSignals.RUN_QUEUE;
import static io.benchctl.runtime.platform.ConditionSignals.STEAL;

import io.benchctl.runtime.platform.SignalSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The CPU-time signals: steal and iowait from the host's {@code /proc/stat}, this process's CPU
 * time and page faults from {@code /proc/self/stat}, and what other processes used (the host's
 * busy time minus ours). Both files count in the same clock ticks, so the difference needs no
 * conversion.
 */
final class LinuxCpuTimes implements LinuxSignalReader {
    private static final String STAT = "/proc/stat";
    private static final String SELF_STAT = "/proc/self/stat";

    /** One reading of {@code /proc/stat}: ticks summed over all CPUs, and the runnable threads. */
    record HostTicks(long busy, long idle, long iowait, long steal, int cpus, long procsRunning) {
        long total() {
            return busy + idle + iowait + steal;
        }
    }

    /** One reading of {@code /proc/self/stat}. */
    record OwnTicks(long cpuTicks, long minorFaults, long majorFaults) {}

    private final LinuxFiles files;
    private final String hostReason;
    private final String ownReason;
    private HostTicks host;
    private OwnTicks own;

    LinuxCpuTimes(LinuxFiles files) {
        this.files = files;
        String reason = null;
        try {
            host = host(files.read(STAT));
        } catch (IOException | RuntimeException e) {
            reason = LinuxReasons.of(e);
        }
        this.hostReason = reason;
        reason = null;
        try {
            own = own(files.read(SELF_STAT));
        } catch (IOException | RuntimeException e) {
            reason = LinuxReasons.of(e);
        }
        this.ownReason = reason;
    }

    @Override
    public List<SignalSource> sources() {
        List<SignalSource> sources = new ArrayList<>();
        sources.add(source(STEAL, STAT, hostReason));
        sources.add(source(BACKGROUND_CPU, STAT + " minus " + SELF_STAT, hostReason != null ? hostReason : ownReason));
        sources.add(source(OWN_CPU, SELF_STAT, ownReason));
        sources.add(source(IOWAIT, STAT, hostReason));
        sources.add(source(RUN_QUEUE, STAT + " procs_running", hostReason));
        sources.add(source(PAGE_FAULTS, SELF_STAT, ownReason));
        sources.add(source(MAJOR_PAGE_FAULTS, SELF_STAT, ownReason));
        return sources;
    }

    private static SignalSource source(
            io.benchctl.runtime.platform.ConditionSignals.Spec spec, String name, String why) {
        return why == null ? SignalSource.available(spec, name) : SignalSource.unavailable(spec, name, why);
    }

    @Override
    public void sample(double elapsedSeconds, Map<String, Double> into) {
        HostTicks hostNow = null;
        OwnTicks ownNow = null;
        try {
            hostNow = hostReason == null ? host(files.read(STAT)) : null;
            ownNow = ownReason == null ? own(files.read(SELF_STAT)) : null;
        } catch (IOException | RuntimeException e) {
            return; // no value this interval; the next measures from the last good readings
        }
        if (hostNow != null) {
            long total = hostNow.total() - host.total();
            if (total > 0) {
                into.put(STEAL.name(), 100.0 * (hostNow.steal() - host.steal()) / total);
                into.put(IOWAIT.name(), 100.0 * (hostNow.iowait() - host.iowait()) / total);
                if (ownNow != null) {
                    long others = (hostNow.busy() - host.busy()) - (ownNow.cpuTicks() - own.cpuTicks());
                    into.put(BACKGROUND_CPU.name(), Math.max(0, others) * (double) hostNow.cpus() / total);
                    into.put(OWN_CPU.name(), (ownNow.cpuTicks() - own.cpuTicks()) * (double) hostNow.cpus() / total);
                }
            }
            // the monitor's own thread is running while it reads the file: it is not the workload's load
            into.put(RUN_QUEUE.name(), (double) Math.max(0, hostNow.procsRunning() - 1));
            host = hostNow;
        }
        if (ownNow != null) {
            long minor = ownNow.minorFaults() - own.minorFaults();
            long major = ownNow.majorFaults() - own.majorFaults();
            into.put(PAGE_FAULTS.name(), (minor + major) / elapsedSeconds);
            into.put(MAJOR_PAGE_FAULTS.name(), major / elapsedSeconds);
            own = ownNow;
        }
    }

    /** Parses {@code /proc/stat}: the aggregate {@code cpu} line, the {@code cpuN} lines and {@code procs_running}. */
    static HostTicks host(String text) throws IOException {
        long[] ticks = null;
        int cpus = 0;
        long running = -1;
        for (String line : text.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f[0].equals("cpu")) {
                ticks = new long[f.length - 1];
                for (int i = 1; i < f.length; i++) {
                    ticks[i - 1] = LinuxFiles.parseLong(f[i], STAT);
                }
            } else if (f[0].startsWith("cpu")) {
                cpus++;
            } else if (f[0].equals("procs_running") && f.length > 1) {
                running = LinuxFiles.parseLong(f[1], STAT);
            }
        }
        if (ticks == null || ticks.length < 8 || cpus == 0 || running < 0) {
            throw new IOException(STAT + " lacks the cpu, cpuN or procs_running lines of Linux 2.6.11+");
        }
        // user nice system idle iowait irq softirq steal; guest time is already inside user
        long busy = ticks[0] + ticks[1] + ticks[2] + ticks[5] + ticks[6];
        return new HostTicks(busy, ticks[3], ticks[4], ticks[7], cpus, running);
    }

    /** Parses {@code /proc/self/stat}; fields count from after the command name, which may hold spaces. */
    static OwnTicks own(String text) throws IOException {
        int end = text.lastIndexOf(')');
        String[] f = text.substring(end + 2).trim().split("\\s+");
        if (end < 0 || f.length < 13) {
            throw new IOException(SELF_STAT + " is shorter than Linux writes it");
        }
        // f[0] is field 3 (state): minflt is field 10, majflt 12, utime 14, stime 15
        return new OwnTicks(
                LinuxFiles.parseLong(f[11], SELF_STAT) + LinuxFiles.parseLong(f[12], SELF_STAT),
                LinuxFiles.parseLong(f[7], SELF_STAT),
                LinuxFiles.parseLong(f[9], SELF_STAT));
    }
}
