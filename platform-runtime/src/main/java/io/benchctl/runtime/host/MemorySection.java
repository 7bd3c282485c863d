package io.benchctl.runtime.host;

import io.benchctl.runtime.platform.HostProbes;
import io.benchctl.runtime.platform.MemoryFigures;
import java.util.Map;
import oshi.SystemInfo;
import oshi.hardware.GlobalMemory;

/**
 * The {@code memory} object: from the platform layer where it states every figure (Linux's
 * meminfo, as {@link HostProbe#facts()}), else OSHI.
 */
final class MemorySection {

    private MemorySection() {}

    static Map<String, Object> collect(SystemInfo systemInfo, HostProbes probes) {
        MemoryFigures stated = probes.memory();
        boolean complete = stated.totalBytes() > 0 && stated.availableBytes() >= 0;
        MemoryFigures memory =
                complete ? stated : fromOshi(systemInfo.getHardware().getMemory());
        Fields fields = new Fields()
                .putPositive("totalBytes", memory.totalBytes())
                .putPositive("availableBytes", memory.availableBytes())
                .putPositive("pageSizeBytes", pageSizeBytes(systemInfo, complete));
        // Zero swap is a fact worth recording (swap off), unlike an unknown size.
        if (memory.swapTotalBytes() >= 0) {
            fields.put("swapTotalBytes", memory.swapTotalBytes());
        }
        if (memory.swapFreeBytes() >= 0) {
            fields.put("swapFreeBytes", memory.swapFreeBytes());
        }
        fields.put("transparentHugePages", probes.transparentHugePages().orElse(null));
        return fields.map();
    }

    private static MemoryFigures fromOshi(GlobalMemory memory) {
        long swapTotal = memory.getVirtualMemory().getSwapTotal();
        return new MemoryFigures(
                memory.getTotal(),
                memory.getAvailable(),
                swapTotal,
                swapTotal - memory.getVirtualMemory().getSwapUsed());
    }

    /**
     * The page size needs a native call (OSHI's); where the platform layer gave the figures the
     * rest of the section goes on without it.
     */
    private static long pageSizeBytes(SystemInfo systemInfo, boolean stated) {
        try {
            return systemInfo.getHardware().getMemory().getPageSize();
        } catch (RuntimeException | LinkageError e) {
            if (!stated) {
                throw e;
            }
            return 0;
        }
    }
}
