package io.benchctl.runtime.platform;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * Cache sizes in bytes of one core's view (L3 is the size of the shared instance); 0 = unknown.
 *
 * @param l1dBytes L1 data
 * @param l1iBytes L1 instruction
 * @param l2Bytes L2
 * @param l3Bytes L3
 * @param lastLevelBytes the largest cache of any level (L3, or L4 / L2 where that is the last)
 */
@API(status = INTERNAL, since = "1.3")
public record CacheSizes(long l1dBytes, long l1iBytes, long l2Bytes, long l3Bytes, long lastLevelBytes) {

    public static final CacheSizes UNKNOWN = new CacheSizes(0, 0, 0, 0, 0);

    /** Collects caches one by one, as the OS lists them, into one view. */
    public static final class Builder {
        private long l1d;
        private long l1i;
        private long l2;
        private long l3;
        private long largest;

        /**
         * @param type {@code Data}, {@code Instruction} or {@code Unified}, as sysfs names them
         */
        public Builder add(int level, String type, long bytes) {
            if (bytes <= 0 || type == null) {
                return this;
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
            return this;
        }

        public CacheSizes build() {
            return new CacheSizes(l1d, l1i, l2, l3, largest);
        }
    }
}
