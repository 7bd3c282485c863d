package io.benchctl.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A cgroup of the CPU controller to start processes in, from their first instruction: cgroup v1
 * (a child of {@code /sys/fs/cgroup/cpu}) or v2 (a child of {@code /sys/fs/cgroup}). Its weight
 * is the largest there is, so that other work on a shared host hardly takes CPU from what runs in
 * it, and {@link #limit} puts a quota on it. {@link #close} removes it.
 */
final class CpuCgroup implements AutoCloseable {

    static final Path V1_CPU = Path.of("/sys/fs/cgroup/cpu");
    static final Path V2_ROOT = Path.of("/sys/fs/cgroup");
    static final long PERIOD_MICROS = 100_000;

    private final Path folder;
    private final boolean v2;

    private CpuCgroup(Path folder, boolean v2) {
        this.folder = folder;
        this.v2 = v2;
    }

    /**
     * Creates {@code benchctl-test-<pid>} with the largest weight and no quota.
     *
     * @throws IOException saying why this machine cannot: no cpu controller, or not allowed to
     *     create or configure the cgroup
     */
    static CpuCgroup create() throws IOException {
        String name = "benchctl-test-" + ProcessHandle.current().pid();
        Path controllers = V2_ROOT.resolve("cgroup.controllers");
        CpuCgroup cgroup;
        if (Files.isRegularFile(V1_CPU.resolve("cpu.shares"))) {
            cgroup = new CpuCgroup(V1_CPU.resolve(name), false);
        } else if (Files.isRegularFile(controllers)
                && List.of(Files.readString(controllers).strip().split(" ")).contains("cpu")) {
            cgroup = new CpuCgroup(V2_ROOT.resolve(name), true);
        } else {
            throw new IOException(
                    "no cgroup cpu controller: neither " + V1_CPU.resolve("cpu.shares") + " nor cpu in " + controllers);
        }
        try {
            Files.createDirectory(cgroup.folder);
        } catch (IOException e) {
            throw new IOException("cannot create the cgroup " + cgroup.folder + ": " + e, e);
        }
        try {
            cgroup.write(cgroup.v2 ? "cpu.weight" : "cpu.shares", cgroup.v2 ? "10000" : "262144");
            return cgroup;
        } catch (IOException e) {
            cgroup.close();
            throw e;
        }
    }

    /** From now on, processes in the cgroup get {@code quotaMicros} of CPU time per 100 ms. */
    void limit(long quotaMicros) throws IOException {
        if (v2) {
            write("cpu.max", quotaMicros + " " + PERIOD_MICROS);
        } else {
            write("cpu.cfs_period_us", Long.toString(PERIOD_MICROS));
            write("cpu.cfs_quota_us", Long.toString(quotaMicros));
        }
    }

    /** {@code sh -c 'echo $$ > …/cgroup.procs && exec "$0" "$@"' command...}: the command, in the cgroup. */
    List<String> wrap(List<String> command) {
        List<String> wrapped = new ArrayList<>(
                List.of("sh", "-c", "echo $$ > '" + folder.resolve("cgroup.procs") + "' && exec \"$0\" \"$@\""));
        wrapped.addAll(command);
        return wrapped;
    }

    private void write(String setting, String value) throws IOException {
        Path file = folder.resolve(setting);
        if (!Files.exists(file)) {
            throw new IOException(file + " does not exist: the cpu controller is not enabled for " + folder);
        }
        Files.writeString(file, value);
    }

    /** Removes the cgroup; its processes must have ended (a cgroup with members cannot be removed). */
    @Override
    public void close() throws IOException {
        Files.deleteIfExists(folder);
    }
}
