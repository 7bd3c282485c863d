package io.benchctl.runtime.platform.linux;

import io.benchctl.runtime.platform.CacheSizes;
import io.benchctl.runtime.platform.CpuTopology;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/** The CPU as Linux describes it in /proc/cpuinfo and /sys/devices/system/cpu. */
final class LinuxCpuFiles {

    static final Path CPU_ROOT = Path.of("/sys/devices/system/cpu");

    private LinuxCpuFiles() {}

    /**
     * {@code /sys/devices/system/cpu/cpuN}. Built without {@code +}: host facts are read before
     * anything else has warmed the JDK's string-concatenation bootstrap, which costs milliseconds cold.
     */
    static Path cpuDir(int cpu) {
        return CPU_ROOT.resolve("cpu".concat(Integer.toString(cpu)));
    }

    static CpuTopology topology() {
        String model = null;
        String vendor = null;
        boolean hypervisor = false;
        for (String line : SysFiles.lines(Path.of("/proc/cpuinfo"))) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                // "model name" on x86, "Model" / "cpu model" on some ARM and MIPS boards.
                case "model name", "Model", "cpu model" -> model = model == null ? value : model;
                case "vendor_id", "CPU implementer" -> vendor = vendor == null ? value : vendor;
                case "flags" -> hypervisor |= List.of(value.split(" ")).contains("hypervisor");
                default -> {}
            }
        }
        List<Integer> online = SysFiles.parseCpuList(SysFiles.read(CPU_ROOT.resolve("online")));
        // A core is the set of hardware threads sharing it: distinct sibling lists count cores,
        // which stays right where core_id repeats across dies of one package.
        Set<String> packages = new HashSet<>();
        Set<String> cores = new HashSet<>();
        for (int cpu : online) {
            Path topology = cpuDir(cpu).resolve("topology");
            String siblings = SysFiles.read(topology.resolve("core_cpus_list"));
            cores.add(siblings != null ? siblings : SysFiles.read(topology.resolve("thread_siblings_list")));
            packages.add(SysFiles.read(topology.resolve("physical_package_id")));
        }
        packages.remove(null);
        cores.remove(null);
        return new CpuTopology(model, vendor, packages.size(), cores.size(), online.size(), hypervisor);
    }

    /**
     * Reads /sys/devices/system/cpu/cpu0/cache/index0, index1, ... (numbered without gaps): level,
     * type and size ("48K") per cache.
     */
    static CacheSizes caches() {
        Path cacheDir = cpuDir(0).resolve("cache");
        CacheSizes.Builder sizes = new CacheSizes.Builder();
        for (int i = 0; ; i++) {
            Path index = cacheDir.resolve("index".concat(Integer.toString(i)));
            long level = SysFiles.readLong(index.resolve("level"));
            if (level < 0) {
                return sizes.build();
            }
            sizes.add(
                    (int) level,
                    SysFiles.read(index.resolve("type")),
                    SysFiles.parseSizeBytes(SysFiles.read(index.resolve("size"))));
        }
    }

    /** A cpufreq value of cpu0 in kHz, as Hz. */
    static OptionalLong frequencyHz(String file) {
        long kiloHertz = SysFiles.readLong(cpuDir(0).resolve("cpufreq").resolve(file));
        return kiloHertz > 0 ? OptionalLong.of(kiloHertz * 1000) : OptionalLong.empty();
    }

    /** The scaling governors of the online CPUs, comma-joined when they differ; null if none. */
    static String governors() {
        TreeSet<String> governors = new TreeSet<>();
        for (int cpu : SysFiles.parseCpuList(SysFiles.read(CPU_ROOT.resolve("online")))) {
            String governor = SysFiles.read(cpuDir(cpu).resolve("cpufreq/scaling_governor"));
            if (governor != null) {
                governors.add(governor);
            }
        }
        return governors.isEmpty() ? null : String.join(",", governors);
    }
}
