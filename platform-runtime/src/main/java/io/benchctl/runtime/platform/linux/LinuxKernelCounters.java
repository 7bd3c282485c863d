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

/** The single-counter signals: swap traffic, TCP retransmits and this process's context switches. */
final class LinuxKernelCounters {
    private static final String SNMP = "/proc/net/snmp";
    private static final String TASKS = "/proc/self/task";

    private LinuxKernelCounters() {}

    static List<LinuxSignalReader> readers(LinuxFiles files) {
        return List.of(
                new LinuxCounter(SWAP_IN, "/proc/vmstat pswpin", () -> files.counter("/proc/vmstat", "pswpin")),
                new LinuxCounter(SWAP_OUT, "/proc/vmstat pswpout", () -> files.counter("/proc/vmstat", "pswpout")),
                new LinuxCounter(
                        VOLUNTARY_SWITCHES,
                        TASKS + "/*/status voluntary_ctxt_switches",
                        () -> switches(files, "voluntary_ctxt_switches")),
                new LinuxCounter(
                        INVOLUNTARY_SWITCHES,
                        TASKS + "/*/status nonvoluntary_ctxt_switches",
                        () -> switches(files, "nonvoluntary_ctxt_switches")),
                new LinuxCounter(TCP_RETRANSMITS, SNMP + " Tcp RetransSegs", () -> retransmits(files)));
    }

    /**
     * Sums a counter over this process's threads: {@code /proc/self/status} holds the main
     * thread's switches only.
     */
    static long switches(LinuxFiles files, String key) throws IOException {
        long sum = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(files.path(TASKS))) {
            for (Path task : tasks) {
                try {
                    Long value = LinuxFiles.keyValues(LinuxFiles.read(task.resolve("status")))
                            .get(key);
                    sum += value == null ? 0 : value;
                } catch (NoSuchFileException exited) {
                    // the thread ended between the listing and the read
                }
            }
        }
        return sum;
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
