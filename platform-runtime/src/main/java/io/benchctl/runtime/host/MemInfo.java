package io.benchctl.runtime.host;

import java.nio.file.Path;

/**
 * Memory figures from /proc/meminfo in bytes; -1 = unknown.
 *
 * @param totalBytes MemTotal
 * @param availableBytes MemAvailable (what a new workload can get without swapping)
 * @param swapTotalBytes SwapTotal
 * @param swapFreeBytes SwapFree
 */
record MemInfo(long totalBytes, long availableBytes, long swapTotalBytes, long swapFreeBytes) {

    static MemInfo read() {
        long total = -1;
        long available = -1;
        long swapTotal = -1;
        long swapFree = -1;
        for (String line : SysFiles.lines(Path.of("/proc/meminfo"))) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            // "MemTotal:       24684084 kB": the kernel writes "kB" but means KiB.
            String value = line.substring(colon + 1).replace("kB", "").strip();
            switch (line.substring(0, colon)) {
                case "MemTotal" -> total = kibToBytes(value);
                case "MemAvailable" -> available = kibToBytes(value);
                case "SwapTotal" -> swapTotal = kibToBytes(value);
                case "SwapFree" -> swapFree = kibToBytes(value);
                default -> {}
            }
        }
        return new MemInfo(total, available, swapTotal, swapFree);
    }

    private static long kibToBytes(String kib) {
        try {
            return Long.parseLong(kib) * 1024;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
