package io.benchctl.api;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What a module may need to know about the host to choose defaults and plan work.
 *
 * @param os lower-case OS family: {@code linux}, {@code mac}, {@code windows}, {@code other}
 * @param logicalCpus CPUs this process may run on
 * @param physicalCores physical cores
 * @param l1dCacheBytes per-core L1 data cache; 0 if unknown
 * @param l2CacheBytes per-core L2 cache; 0 if unknown
 * @param lastLevelCacheBytes the largest cache (usually L3); 0 if unknown
 * @param totalMemoryBytes physical memory
 */
@API(status = STABLE, since = "1.0")
public record HostFacts(
        String os,
        int logicalCpus,
        int physicalCores,
        long l1dCacheBytes,
        long l2CacheBytes,
        long lastLevelCacheBytes,
        long totalMemoryBytes) {}
