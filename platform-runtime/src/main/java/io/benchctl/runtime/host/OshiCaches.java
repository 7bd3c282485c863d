package io.benchctl.runtime.host;

import io.benchctl.runtime.platform.CacheSizes;
import java.util.List;
import oshi.hardware.CentralProcessor.ProcessorCache;

/** OSHI's processor caches as {@link CacheSizes}, where the platform layer does not state them. */
final class OshiCaches {

    private OshiCaches() {}

    /**
     * OSHI 6.9.1's Javadoc says bytes, but on Linux it returned KiB here (L1d = 48 where /sys
     * says 48K and getconf says 49152): no real L1 data cache is below 1 KiB, so an L1d under 1024
     * means every size of the list is in KiB.
     */
    static CacheSizes convert(List<ProcessorCache> caches) {
        long multiplier = caches.stream()
                        .filter(c -> c.getLevel() == 1 && c.getType() == ProcessorCache.Type.DATA)
                        .anyMatch(c -> c.getCacheSize() > 0 && c.getCacheSize() < 1024)
                ? 1024
                : 1;
        CacheSizes.Builder sizes = new CacheSizes.Builder();
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
}
