package io.benchctl.runtime.platform;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * Memory figures in bytes; -1 = unknown.
 *
 * @param totalBytes physical memory
 * @param availableBytes what a new workload can get without swapping
 * @param swapTotalBytes swap space
 * @param swapFreeBytes unused swap space
 */
@API(status = INTERNAL, since = "1.3")
public record MemoryFigures(long totalBytes, long availableBytes, long swapTotalBytes, long swapFreeBytes) {

    public static final MemoryFigures UNKNOWN = new MemoryFigures(-1, -1, -1, -1);
}
