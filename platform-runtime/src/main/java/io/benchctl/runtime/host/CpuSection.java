package io.benchctl.runtime.host;

import java.util.Map;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;

/**
 * The {@code cpu} object. On Linux the counts and caches come from /proc and /sys (the same
 * sources as {@link HostProbe#facts()}, so both agree) and OSHI names the model, vendor and
 * microarchitecture and gives the frequencies where cpufreq does not; elsewhere OSHI supplies
 * everything.
 *
 * @param fields the {@code cpu} object
 * @param hypervisorFlag whether the CPU reports running under a hypervisor
 */
record CpuSection(Map<String, Object> fields, boolean hypervisorFlag) {

    private static final Logger LOG = LoggerFactory.getLogger(CpuSection.class);

    static CpuSection collect(SystemInfo systemInfo, boolean linux) {
        CentralProcessor oshi = null;
        try {
            oshi = systemInfo.getHardware().getProcessor();
        } catch (RuntimeException | LinkageError e) {
            if (!linux) {
                throw e;
            }
            LOG.debug("OSHI cannot probe the processor; using /proc and /sys only", e);
        }
        var id = oshi == null ? null : oshi.getProcessorIdentifier();
        LinuxCpu proc = linux ? LinuxCpu.read() : new LinuxCpu(null, null, 0, 0, 0, false);
        CacheSizes caches = linux ? CacheSizes.fromSysfs() : CacheSizes.UNKNOWN;
        if (caches.equals(CacheSizes.UNKNOWN) && oshi != null) { // some ARM guests have no cache folder
            caches = CacheSizes.fromOshi(oshi.getProcessorCaches());
        }
        long vendorHz = id == null ? 0 : id.getVendorFreq();
        long oshiMaxHz = oshi == null ? 0 : oshi.getMaxFreq();
        Fields cpu = new Fields()
                // OSHI names ARM parts that /proc/cpuinfo gives only as hex codes; on x86 both agree.
                .put("model", known(id == null ? null : id.getName()) ? id.getName() : proc.model())
                .put("vendor", known(id == null ? null : id.getVendor()) ? id.getVendor() : proc.vendor())
                .put("microarchitecture", id == null ? null : id.getMicroarchitecture())
                .putPositive(
                        "sockets",
                        proc.sockets() > 0 ? proc.sockets() : oshi == null ? 0 : oshi.getPhysicalPackageCount())
                .putPositive(
                        "cores", proc.cores() > 0 ? proc.cores() : oshi == null ? 0 : oshi.getPhysicalProcessorCount())
                .putPositive(
                        "threads",
                        proc.threads() > 0 ? proc.threads() : oshi == null ? 0 : oshi.getLogicalProcessorCount())
                .putPositive("availableThreads", Runtime.getRuntime().availableProcessors())
                .putPositive("baseFrequencyHz", linux ? sysfsKiloHertz("base_frequency", vendorHz) : vendorHz)
                .putPositive("maxFrequencyHz", linux ? sysfsKiloHertz("cpuinfo_max_freq", oshiMaxHz) : oshiMaxHz)
                .put(
                        "caches",
                        new Fields()
                                .putPositive("l1dBytes", caches.l1dBytes())
                                .putPositive("l1iBytes", caches.l1iBytes())
                                .putPositive("l2Bytes", caches.l2Bytes())
                                .putPositive("l3Bytes", caches.l3Bytes())
                                .map())
                .put("governor", linux ? governors() : null);
        return new CpuSection(cpu.map(), proc.hypervisor());
    }

    private static boolean known(String value) {
        return value != null && !value.isBlank() && !value.equalsIgnoreCase("unknown");
    }

    /** A cpufreq value of cpu0 in kHz, as Hz; the fallback (OSHI's figure) where it is missing. */
    private static long sysfsKiloHertz(String file, long fallbackHz) {
        long kiloHertz = SysFiles.readLong(LinuxCpu.cpuDir(0).resolve("cpufreq").resolve(file));
        return kiloHertz > 0 ? kiloHertz * 1000 : fallbackHz;
    }

    /** The scaling governors of the online CPUs, comma-joined when they differ; null if none. */
    private static String governors() {
        TreeSet<String> governors = new TreeSet<>();
        for (int cpu : SysFiles.parseCpuList(SysFiles.read(LinuxCpu.CPU_ROOT.resolve("online")))) {
            String governor = SysFiles.read(LinuxCpu.cpuDir(cpu).resolve("cpufreq/scaling_governor"));
            if (governor != null) {
                governors.add(governor);
            }
        }
        return governors.isEmpty() ? null : String.join(",", governors);
    }
}
