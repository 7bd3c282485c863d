package io.benchctl.runtime.host;

import java.nio.file.Path;
import java.util.Map;
import oshi.SystemInfo;
import oshi.hardware.GlobalMemory;

/** The {@code memory} object: on Linux from /proc/meminfo (as {@link HostProbe#facts()}), else OSHI. */
final class MemorySection {

    private MemorySection() {}

    static Map<String, Object> collect(SystemInfo systemInfo, boolean linux) {
        MemInfo memory =
                linux ? MemInfo.read() : fromOshi(systemInfo.getHardware().getMemory());
        Fields fields = new Fields()
                .putPositive("totalBytes", memory.totalBytes())
                .putPositive("availableBytes", memory.availableBytes())
                .putPositive("pageSizeBytes", pageSizeBytes(systemInfo, linux));
        // Zero swap is a fact worth recording (swap off), unlike an unknown size.
        if (memory.swapTotalBytes() >= 0) {
            fields.put("swapTotalBytes", memory.swapTotalBytes());
        }
        if (memory.swapFreeBytes() >= 0) {
            fields.put("swapFreeBytes", memory.swapFreeBytes());
        }
        if (linux) {
            fields.put("transparentHugePages", selected(Path.of("/sys/kernel/mm/transparent_hugepage/enabled")));
        }
        return fields.map();
    }

    private static MemInfo fromOshi(GlobalMemory memory) {
        long swapTotal = memory.getVirtualMemory().getSwapTotal();
        return new MemInfo(
                memory.getTotal(),
                memory.getAvailable(),
                swapTotal,
                swapTotal - memory.getVirtualMemory().getSwapUsed());
    }

    /** The page size needs a native call (OSHI's); on Linux the rest of the section goes on without it. */
    private static long pageSizeBytes(SystemInfo systemInfo, boolean linux) {
        try {
            return systemInfo.getHardware().getMemory().getPageSize();
        } catch (RuntimeException | LinkageError e) {
            if (!linux) {
                throw e;
            }
            return 0;
        }
    }

    /** The bracketed choice of a sysfs setting such as {@code always [madvise] never}. */
    private static String selected(Path setting) {
        String text = SysFiles.read(setting);
        if (text == null) {
            return null;
        }
        int open = text.indexOf('[');
        int close = text.indexOf(']', open + 1);
        return open >= 0 && close > open ? text.substring(open + 1, close) : null;
    }
}
