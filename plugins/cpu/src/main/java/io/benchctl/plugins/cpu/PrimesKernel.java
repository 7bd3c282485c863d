package io.benchctl.plugins.cpu;

/**
 * Prime counting ({@code primes}), the same work as one {@code sysbench cpu} event: count the
 * primes in [3, max_prime) by trial division with 64-bit integers up to the square root, the
 * bound compared as a double, exactly as sysbench 1.0's {@code cpu_execute_event}. One op = one
 * event. The count is checked against a sieve of Eratosthenes, an independent method.
 */
final class PrimesKernel implements CpuKernel {

    private final long maxPrime;
    private final long expectedCount;

    PrimesKernel(long maxPrime) {
        if (maxPrime < 3) {
            throw new IllegalArgumentException("max_prime must be at least 3: " + maxPrime);
        }
        this.maxPrime = maxPrime;
        this.expectedCount = sieveCount(maxPrime);
    }

    @Override
    public long opsPerBatch() {
        return 1;
    }

    @Override
    public long runBatch(long batchIndex) {
        long count = countByTrialDivision(maxPrime);
        if (count != expectedCount) {
            throw new KernelCheckException("primes kernel: counted " + count + " primes below " + maxPrime
                    + ", the sieve says " + expectedCount);
        }
        return count;
    }

    static long countByTrialDivision(long maxPrime) {
        long count = 0;
        for (long c = 3; c < maxPrime; c++) {
            double t = Math.sqrt((double) c);
            long l;
            for (l = 2; l <= t; l++) {
                if (c % l == 0) {
                    break;
                }
            }
            if (l > t) {
                count++;
            }
        }
        return count;
    }

    /** Primes in [3, maxPrime), by a sieve. */
    static long sieveCount(long maxPrime) {
        if (maxPrime > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("max_prime too large: " + maxPrime);
        }
        int n = (int) maxPrime;
        boolean[] composite = new boolean[n];
        long count = 0;
        for (int i = 2; i < n; i++) {
            if (!composite[i]) {
                count += i >= 3 ? 1 : 0;
                for (long j = (long) i * i; j < n; j += i) {
                    composite[(int) j] = true;
                }
            }
        }
        return count;
    }
}
