package io.benchctl.runtime.host;

import io.benchctl.runtime.platform.CacheSizes;
import io.benchctl.runtime.platform.CpuTopology;
import io.benchctl.runtime.platform.HostProbes;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;

/**
 * The {@code cpu} object. Where the platform layer states them (Linux: procfs and sysfs; macOS:
 * sysctl) the counts and caches come from it (the same source as {@link HostProbe#facts()}, so
 * both agree) and OSHI names the model, vendor and microarchitecture and gives the frequencies
 * the layer does not; elsewhere OSHI supplies everything.
 *
 * @param fields the {@code cpu} object
 * @param hypervisorFlag whether the CPU reports running under a hypervisor
 */
record CpuSection(Map<String, Object> fields, boolean hypervisorFlag) {

    private static final Logger LOG = LoggerFactory.getLogger(CpuSection.class);

    static CpuSection collect(SystemInfo systemInfo, HostProbes probes) {
        CpuTopology proc = probes.cpu();
        CentralProcessor oshi = null;
        try {
            oshi = systemInfo.getHardware().getProcessor();
        } catch (RuntimeException | LinkageError e) {
            if (proc.cores() <= 0) {
                throw e;
            }
            LOG.debug("OSHI cannot probe the processor; using the platform layer's facts only", e);
        }
        var id = oshi == null ? null : oshi.getProcessorIdentifier();
        CacheSizes caches = probes.caches();
        if (caches.equals(CacheSizes.UNKNOWN) && oshi != null) { // some ARM guests have no cache folder
            caches = OshiCaches.convert(oshi.getProcessorCaches());
        }
        long vendorHz = id == null ? 0 : id.getVendorFreq();
        long oshiMaxHz = oshi == null ? 0 : oshi.getMaxFreq();
        Fields cpu = new Fields()
                // OSHI names ARM parts that Linux's cpuinfo gives only as hex codes; on x86 both agree.
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
                .putPositive("baseFrequencyHz", probes.baseFrequencyHz().orElse(vendorHz))
                .putPositive("maxFrequencyHz", probes.maxFrequencyHz().orElse(oshiMaxHz))
                .put(
                        "caches",
                        new Fields()
                                .putPositive("l1dBytes", caches.l1dBytes())
                                .putPositive("l1iBytes", caches.l1iBytes())
                                .putPositive("l2Bytes", caches.l2Bytes())
                                .putPositive("l3Bytes", caches.l3Bytes())
                                .map())
                .put("governor", probes.cpuGovernors().orElse(null));
        return new CpuSection(cpu.map(), proc.hypervisor());
    }

    private static boolean known(String value) {
        return value != null && !value.isBlank() && !value.equalsIgnoreCase("unknown");
    }
}
