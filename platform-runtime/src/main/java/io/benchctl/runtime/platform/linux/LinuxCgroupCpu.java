package io.benchctl.runtime.platform.linux;

import static io.benchctl.runtime.platform.ConditionSignals.CGROUP_THROTTLED;
import static io.benchctl.runtime.platform.ConditionSignals.CGROUP_THROTTLED_TIME;

import io.benchctl.runtime.platform.SignalSource;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Throttling of this process's cgroup by its CPU quota, from {@code cpu.stat}: on cgroup v1 the
 * cpu controller's {@code nr_throttled} and {@code throttled_time} (ns), on v2 {@code nr_throttled}
 * and {@code throttled_usec}. The cgroup is the one {@code /proc/self/cgroup} names when the
 * session opens.
 */
final class LinuxCgroupCpu implements LinuxSignalReader {
    private static final String SELF_CGROUP = "/proc/self/cgroup";

    private final LinuxFiles files;
    private final String cpuStat;
    private final String reason;
    private final boolean v2;
    private long periods;
    private long throttledNanos;

    LinuxCgroupCpu(LinuxFiles files) {
        this.files = files;
        String found = null;
        String why = null;
        boolean unified = false;
        try {
            List<String> candidates = candidates(files.read(SELF_CGROUP));
            for (String candidate : candidates) {
                if (found == null && Files.isReadable(files.path(candidate))) {
                    found = candidate;
                    unified = !candidate.startsWith("/sys/fs/cgroup/cpu");
                }
            }
            if (found == null) {
                why = "none of " + String.join(", ", candidates) + " is readable";
            } else {
                read(found, unified);
            }
        } catch (IOException | RuntimeException e) {
            why = LinuxReasons.of(e);
        }
        this.cpuStat = found;
        this.reason = why;
        this.v2 = unified;
    }

    /** Where the cgroup's {@code cpu.stat} may be: v1's cpu controller first, then v2's unified tree. */
    static List<String> candidates(String selfCgroup) {
        List<String> v1 = new ArrayList<>();
        List<String> unified = new ArrayList<>();
        for (String line : selfCgroup.split("\n")) {
            String[] f = line.trim().split(":", 3);
            if (f.length < 3) {
                continue;
            }
            String path = f[2].equals("/") ? "" : f[2];
            if (f[0].equals("0") && f[1].isEmpty()) {
                unified.add("/sys/fs/cgroup" + path + "/cpu.stat");
            } else if (List.of(f[1].split(",")).contains("cpu")) {
                v1.add("/sys/fs/cgroup/" + f[1] + path + "/cpu.stat");
                v1.add("/sys/fs/cgroup/cpu" + path + "/cpu.stat");
                v1.add("/sys/fs/cgroup/cpu,cpuacct" + path + "/cpu.stat");
            }
        }
        List<String> all = new ArrayList<>(v1.stream().distinct().toList());
        all.addAll(unified);
        return all;
    }

    @Override
    public List<SignalSource> sources() {
        String name = cpuStat == null ? "cpu.stat of " + SELF_CGROUP : cpuStat;
        String timeName = name + (v2 ? " throttled_usec" : " throttled_time");
        return reason == null
                ? List.of(
                        SignalSource.available(CGROUP_THROTTLED, name + " nr_throttled"),
                        SignalSource.available(CGROUP_THROTTLED_TIME, timeName))
                : List.of(
                        SignalSource.unavailable(CGROUP_THROTTLED, name + " nr_throttled", reason),
                        SignalSource.unavailable(CGROUP_THROTTLED_TIME, timeName, reason));
    }

    @Override
    public void sample(double elapsedSeconds, Map<String, Double> into) {
        if (reason != null) {
            return;
        }
        long periodsBefore = periods;
        long nanosBefore = throttledNanos;
        try {
            read(cpuStat, v2);
        } catch (IOException | RuntimeException e) {
            return;
        }
        into.put(CGROUP_THROTTLED.name(), Math.max(0, periods - periodsBefore) / elapsedSeconds);
        into.put(CGROUP_THROTTLED_TIME.name(), Math.max(0, throttledNanos - nanosBefore) / 1e6 / elapsedSeconds);
    }

    private void read(String file, boolean unified) throws IOException {
        Map<String, Long> stat = LinuxFiles.keyValues(files.read(file));
        Long throttled = stat.get("nr_throttled");
        Long time = unified ? stat.get("throttled_usec") : stat.get("throttled_time");
        if (throttled == null || time == null) {
            throw new IOException(file + " has no nr_throttled (no CPU quota support in this kernel)");
        }
        periods = throttled;
        throttledNanos = unified ? time * 1000 : time;
    }
}
