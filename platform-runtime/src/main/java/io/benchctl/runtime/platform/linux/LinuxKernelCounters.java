package io.benchctl.runtime.platform.linux;

import static io.benchctl.runtime.platform.ConditionSignals.INVOLUNTARY_SWITCHES;
import static io.benchctl.runtime.platform.ConditionSignals.SWAP_IN;
import static io.benchctl.runtime.platform.ConditionSignals.SWAP_OUT;
import static io.benchctl.runtime.platform.ConditionSignals.TCP_RETRANSMITS;
import static io.benchctl.runtime.platform.ConditionSignals.VOLUNTARY_SWITCHES;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The single-counter signals: swap traffic, TCP retransmits and this process's context switches. */
final class LinuxKernelCounters {
    private static final String SNMP = "/proc/net/snmp";
    private static final String TASKS = "/proc/self/task";

    private LinuxKernelCounters() {}

    static List<LinuxSignalReader> readers(LinuxFiles files) {
        return List.of(
                new LinuxCounter(
                        List.of(SWAP_IN, SWAP_OUT),
                        List.of("/proc/vmstat pswpin", "/proc/vmstat pswpout"),
                        () -> swaps(files)),
                new LinuxCounter(
                        List.of(VOLUNTARY_SWITCHES, INVOLUNTARY_SWITCHES),
                        List.of(
                                TASKS + "/*/status voluntary_ctxt_switches",
                                TASKS + "/*/status nonvoluntary_ctxt_switches"),
                        () -> switches(files)),
                new LinuxCounter(TCP_RETRANSMITS, SNMP + " Tcp RetransSegs", () -> retransmits(files)));
    }

    static long[] swaps(LinuxFiles files) throws IOException {
        Map<String, Long> vmstat = LinuxFiles.keyValues(files.read("/proc/vmstat"));
        Long in = vmstat.get("pswpin");
        Long out = vmstat.get("pswpout");
        if (in == null || out == null) {
            throw new IOException("/proc/vmstat has no pswpin and pswpout");
        }
        return new long[] {in, out};
    }

    /**
     * Voluntary and involuntary switches summed over this process's threads:
     * {@code /proc/self/status} holds the main thread's alone.
     */
    static long[] switches(LinuxFiles files) throws IOException {
        long[] sums = new long[2];
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(files.path(TASKS))) {
            for (Path task : tasks) {
                try {
                    Map<String, Long> status = LinuxFiles.keyValues(LinuxFiles.read(task.resolve("status")));
                    sums[0] += status.getOrDefault("voluntary_ctxt_switches", 0L);
                    sums[1] += status.getOrDefault("nonvoluntary_ctxt_switches", 0L);
                } catch (NoSuchFileException exited) {
                    // the thread ended between the listing and the read
                }
            }
        }
        return sums;
    }

    /** {@code RetransSegs} from the two {@code Tcp:} lines of {@code /proc/net/snmp}: names, then values. */
    static long retransmits(LinuxFiles files) throws IOException {
        String[] names = null;
        for (String line : files.read(SNMP).split("\n")) {
            if (!line.startsWith("Tcp:")) {
                continue;
            }
            String[] f = line.trim().split("\\s+");
            if (names == null) {
                names = f;
            } else {
                int at = List.of(names).indexOf("RetransSegs");
                if (at > 0 && at < f.length) {
                    return LinuxFiles.parseLong(f[at], SNMP);
                }
            }
        }
        throw new IOException(SNMP + " has no Tcp RetransSegs");
    }
}
