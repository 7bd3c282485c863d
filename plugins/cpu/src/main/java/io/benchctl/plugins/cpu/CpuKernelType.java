package io.benchctl.plugins.cpu;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The kernels of the cpu module, by their profile names. */
enum CpuKernelType {
    INT,
    FLOAT,
    HASH,
    PRIMES;

    /** The name used in profiles and variant names. */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(CpuKernelType::id).toList();
    }

    static CpuKernelType byId(String id) {
        return Arrays.stream(values())
                .filter(k -> k.id().equals(id))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalArgumentException("unknown cpu kernel '" + id + "': expected one of " + ids()));
    }

    /** A kernel instance for one measurement thread. */
    CpuKernel create(long seed, long maxPrime) {
        return switch (this) {
            case INT -> new IntegerMixKernel(seed);
            case FLOAT -> new FloatMixKernel(seed);
            case HASH -> new HashKernel(seed);
            case PRIMES -> new PrimesKernel(maxPrime);
        };
    }
}
