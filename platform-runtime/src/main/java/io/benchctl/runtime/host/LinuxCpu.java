package io.benchctl.runtime.host;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The CPU as Linux describes it in /proc/cpuinfo and /sys/devices/system/cpu, read without OSHI
 * so that {@link HostProbe#facts()} stays fast.
 *
 * @param model marketing name ({@code model name}), or null
 * @param vendor vendor id ({@code vendor_id} / {@code CPU implementer}), or null
 * @param sockets physical packages with an online CPU
 * @param cores physical cores with an online CPU
 * @param threads online logical CPUs of the machine (not only those this process may use)
 * @param hypervisor whether the CPU flags carry {@code hypervisor} (x86 guests)
 */
record LinuxCpu(String model, String vendor, int sockets, int cores, int threads, boolean hypervisor) {

    static final Path CPU_ROOT = Path.of("/sys/devices/system/cpu");

    /**
     * {@code /sys/devices/system/cpu/cpuN}. Built without {@code +}: facts() runs before anything
     * else has warmed the JDK's string-concatenation bootstrap, which costs milliseconds cold.
     */
    static Path cpuDir(int cpu) {
        return CPU_ROOT.resolve("cpu".concat(Integer.toString(cpu)));
    }

    static LinuxCpu read() {
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
        return new LinuxCpu(model, vendor, packages.size(), cores.size(), online.size(), hypervisor);
    }
}
