package io.benchctl.runtime.host;

import java.nio.file.Path;
import java.util.Map;
import oshi.SystemInfo;
import oshi.hardware.GlobalMemory;

/** The {@code memory} object: on Linux from /proc/meminfo (as {@link HostProbe#facts()}), else OSHI. */
final class MemorySection {

    private MemorySection() {}

    static Map<String, Object> collect(SystemInfo systemInfo, boolean linux) {
        GlobalMemory oshi = systemInfo.getHardware().getMemory();
        MemInfo memory = linux ? MemInfo.read() : new MemInfo(oshi.getTotal(), oshi.getAvailable(),
                oshi.getVirtualMemory().getSwapTotal(),
                oshi.getVirtualMemory().getSwapTotal() - oshi.getVirtualMemory().getSwapUsed());
        Fields fields = new Fields()
                .putPositive("totalBytes", memory.totalBytes())
                .putPositive("availableBytes", memory.availableBytes())
                .putPositive("pageSizeBytes", oshi.getPageSize());
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
