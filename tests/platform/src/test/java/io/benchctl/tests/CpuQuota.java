package io.benchctl.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A child CPU cgroup with a bandwidth quota, for starting a process that gets only a share of one
 * CPU: cgroup v1 ({@code /sys/fs/cgroup/cpu/<name>/cpu.cfs_quota_us}) or v2
 * ({@code /sys/fs/cgroup/<name>/cpu.max}). Needs root. The group also gets a large CPU weight, so
 * that on a shared machine its process runs up to its quota rather than at whatever share the
 * other processes leave it: the quota, not the neighbours, sets its speed.
 */
final class CpuQuota implements AutoCloseable {
    private static final Path V1 = Path.of("/sys/fs/cgroup/cpu");
    private static final Path V2 = Path.of("/sys/fs/cgroup");
    /** A short period keeps throttling smooth over iterations of a few hundred milliseconds. */
    private static final int PERIOD_MICROS = 10_000;

    private final Path group;

    private CpuQuota(Path group) {
        this.group = group;
    }

    /** Why no quota can be set here, or null when one can. */
    static String unavailable() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return "CPU quotas need root (user " + System.getProperty("user.name") + ")";
        }
        if (Files.isWritable(V1.resolve("cgroup.procs")) && Files.exists(V1.resolve("cpu.cfs_quota_us"))) {
            return null;
        }
        try {
            if (Files.exists(V2.resolve("cgroup.controllers"))
                    && Files.readString(V2.resolve("cgroup.subtree_control")).contains("cpu")) {
                return null;
            }
        } catch (IOException e) {
            return "cannot read " + V2.resolve("cgroup.subtree_control") + ": " + e.getMessage();
        }
        return "no writable cgroup CPU controller (neither " + V1 + " nor cpu in " + V2 + "/cgroup.subtree_control)";
    }

    /** A new group named {@code name} that may use {@code percentOfOneCpu} of one CPU. */
    static CpuQuota create(String name, int percentOfOneCpu) throws IOException {
        int quotaMicros = PERIOD_MICROS * percentOfOneCpu / 100;
        if (Files.exists(V1.resolve("cpu.cfs_quota_us"))) {
            Path group = Files.createDirectories(V1.resolve(name));
            Files.writeString(group.resolve("cpu.cfs_period_us"), Integer.toString(PERIOD_MICROS));
            Files.writeString(group.resolve("cpu.cfs_quota_us"), Integer.toString(quotaMicros));
            Files.writeString(group.resolve("cpu.shares"), "8192");
            return new CpuQuota(group);
        }
        Path group = Files.createDirectories(V2.resolve(name));
        Files.writeString(group.resolve("cpu.max"), quotaMicros + " " + PERIOD_MICROS);
        Files.writeString(group.resolve("cpu.weight"), "800");
        return new CpuQuota(group);
    }

    /** {@code command}, started by a shell that first moves itself into this group. */
    List<String> wrap(List<String> command) {
        List<String> wrapped = new ArrayList<>(
                List.of("sh", "-c", "echo $$ > " + group.resolve("cgroup.procs") + " && exec \"$@\"", "sh"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Removes the group; its processes must have ended. */
    @Override
    public void close() throws IOException {
        Files.deleteIfExists(group);
    }
}
