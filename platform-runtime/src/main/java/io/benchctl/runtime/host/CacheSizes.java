package io.benchctl.runtime.host;

import java.nio.file.Path;
import java.util.List;
import oshi.hardware.CentralProcessor.ProcessorCache;

/**
 * Cache sizes in bytes of one core's view (L3 is the size of the shared instance); 0 = unknown.
 *
 * @param l1dBytes L1 data
 * @param l1iBytes L1 instruction
 * @param l2Bytes L2
 * @param l3Bytes L3
 * @param lastLevelBytes the largest cache of any level (L3, or L4 / L2 where that is the last)
 */
record CacheSizes(long l1dBytes, long l1iBytes, long l2Bytes, long l3Bytes, long lastLevelBytes) {

    static final CacheSizes UNKNOWN = new CacheSizes(0, 0, 0, 0, 0);

    /**
     * Reads /sys/devices/system/cpu/cpu0/cache/index0, index1, ... (numbered without gaps): level,
     * type and size ("48K") per cache.
     */
    static CacheSizes fromSysfs() {
        Path cacheDir = LinuxCpu.cpuDir(0).resolve("cache");
        Builder sizes = new Builder();
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

    /**
     * Converts OSHI's caches. OSHI 6.9.1's Javadoc says bytes, but on Linux it returned KiB here
     * (L1d = 48 where /sys says 48K and getconf says 49152): no real L1 data cache is below 1 KiB,
     * so an L1d under 1024 means every size of the list is in KiB.
     */
    static CacheSizes fromOshi(List<ProcessorCache> caches) {
        long multiplier = caches.stream()
                        .filter(c -> c.getLevel() == 1 && c.getType() == ProcessorCache.Type.DATA)
                        .anyMatch(c -> c.getCacheSize() > 0 && c.getCacheSize() < 1024)
                ? 1024
                : 1;
        Builder sizes = new Builder();
        for (ProcessorCache cache : caches) {
            String type = switch (cache.getType()) {
                case DATA -> "Data";
                case INSTRUCTION -> "Instruction";
                default -> "Unified";
            };
            sizes.add(cache.getLevel(), type, cache.getCacheSize() * multiplier);
        }
        return sizes.build();
    }

    private static final class Builder {
        private long l1d;
        private long l1i;
        private long l2;
        private long l3;
        private long largest;

        void add(int level, String type, long bytes) {
            if (bytes <= 0 || type == null) {
                return;
            }
            switch (level) {
                case 1 -> {
                    if (type.equals("Data") || type.equals("Unified")) {
                        l1d = bytes;
                    }
                    if (type.equals("Instruction") || type.equals("Unified")) {
                        l1i = bytes;
                    }
                }
                case 2 -> l2 = bytes;
                case 3 -> l3 = bytes;
                default -> {}
            }
            largest = Math.max(largest, bytes);
        }

        CacheSizes build() {
            return new CacheSizes(l1d, l1i, l2, l3, largest);
        }
    }
}
