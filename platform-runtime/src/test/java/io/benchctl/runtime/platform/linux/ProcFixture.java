package io.benchctl.runtime.platform.linux;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files laid out like {@code /proc} and {@code /sys} of a two-CPU host, for the conditions a test
 * machine cannot produce (steal, frequency drops, thermal throttling, swap). Each setter rewrites
 * one file, as the kernel would show it a moment later.
 */
public final class ProcFixture {
    private final Path root;

    public ProcFixture(Path root) {
        this.root = root;
        stat(1000, 0, 0, 1);
        self(100, 0);
        write("proc/vmstat", "nr_free_pages 100\npswpin 0\npswpout 0\n");
        write("proc/net/snmp", "Tcp: RtoAlgorithm InSegs RetransSegs\nTcp: 1 10 0\n");
        write("proc/self/task/1/status", "Name:\tjava\nvoluntary_ctxt_switches:\t5\nnonvoluntary_ctxt_switches:\t1\n");
        write("proc/self/cgroup", "1:cpu,cpuacct:/bench\n0::/\n");
        cgroupV1(0, 0);
        write("sys/devices/system/cpu/online", "0-1\n");
    }

    public Path root() {
        return root;
    }

    /** {@code /proc/stat} of two CPUs: busy and idle ticks summed over both, steal, runnable threads. */
    public ProcFixture stat(long busyTicks, long idleTicks, long stealTicks, int procsRunning) {
        write(
                "proc/stat",
                "cpu  " + busyTicks + " 0 0 " + idleTicks + " 0 0 0 " + stealTicks + " 0 0\n"
                        + "cpu0 0 0 0 0 0 0 0 0 0 0\ncpu1 0 0 0 0 0 0 0 0 0 0\nintr 1\nctxt 1\n"
                        + "procs_running " + procsRunning + "\nprocs_blocked 0\n");
        return this;
    }

    /** {@code /proc/self/stat} with this many user ticks and minor faults (the name holds a space and a parenthesis). */
    public ProcFixture self(long userTicks, long minorFaults) {
        write(
                "proc/self/stat",
                "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 " + minorFaults + " 0 0 0 " + userTicks
                        + " 0 0 0 20 0 30 0 100 1000 50\n");
        return this;
    }

    public ProcFixture cpufreq(int cpu, long kilohertz) {
        write("sys/devices/system/cpu/cpu" + cpu + "/cpufreq/scaling_cur_freq", kilohertz + "\n");
        write("sys/devices/system/cpu/cpu" + cpu + "/cpufreq/scaling_governor", "powersave\n");
        return this;
    }

    public ProcFixture cpuinfo(double megahertz0, double megahertz1) {
        write(
                "proc/cpuinfo",
                "processor\t: 0\ncpu MHz\t\t: " + megahertz0 + "\n\nprocessor\t: 1\ncpu MHz\t\t: " + megahertz1 + "\n");
        return this;
    }

    public ProcFixture thermal(int cpu, long coreCount, long packageCount) {
        write("sys/devices/system/cpu/cpu" + cpu + "/thermal_throttle/core_throttle_count", coreCount + "\n");
        write("sys/devices/system/cpu/cpu" + cpu + "/thermal_throttle/package_throttle_count", packageCount + "\n");
        return this;
    }

    public ProcFixture swap(long pagesIn, long pagesOut) {
        write("proc/vmstat", "nr_free_pages 100\npswpin " + pagesIn + "\npswpout " + pagesOut + "\n");
        return this;
    }

    public ProcFixture retransmits(long segments) {
        write("proc/net/snmp", "Tcp: RtoAlgorithm InSegs RetransSegs\nTcp: 1 10 " + segments + "\n");
        return this;
    }

    /** cgroup v1's {@code cpu.stat} of {@code /bench}, throttled time in nanoseconds. */
    public ProcFixture cgroupV1(long throttledPeriods, long throttledNanos) {
        write(
                "sys/fs/cgroup/cpu,cpuacct/bench/cpu.stat",
                "nr_periods 100\nnr_throttled " + throttledPeriods + "\nthrottled_time " + throttledNanos + "\n");
        return this;
    }

    public void write(String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String relative) throws IOException {
        Files.delete(root.resolve(relative));
    }
}
