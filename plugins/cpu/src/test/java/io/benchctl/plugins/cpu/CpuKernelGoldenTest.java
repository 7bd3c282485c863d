package io.benchctl.plugins.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden runs: with a fixed seed each kernel's first batch yields a known checksum (timings vary,
 * outputs never do). A changed constant means the kernel now does different work, which breaks
 * comparisons with earlier results.
 */
class CpuKernelGoldenTest {

    private static final long SEED = 42;
    private static final int WARM_BATCHES = 2_000;

    @Test
    void intKernel() {
        assertGolden(new IntegerMixKernel(SEED), 9056086252609585952L);
    }

    @Test
    void floatKernel() {
        assertGolden(new FloatMixKernel(SEED), 4675074187691777445L);
    }

    @Test
    void hashKernel() {
        assertGolden(new HashKernel(SEED), -887422673199755200L);
    }

    @Test
    void primesKernelCountsLikeSysbench() {
        // pi(9999) = 1229 primes below 10000, less the prime 2 that sysbench's loop starts after.
        assertGolden(new PrimesKernel(1_000), 167);
        assertEquals(1228, PrimesKernel.countByTrialDivision(10_000));
        assertEquals(0, PrimesKernel.countByTrialDivision(3));
        assertEquals(2, PrimesKernel.countByTrialDivision(7));
    }

    @Test
    void sha256AgreesWithCoreutils(@TempDir Path dir) throws Exception {
        HashKernel kernel = new HashKernel(SEED);
        Path block = Files.write(dir.resolve("block"), kernel.block(0));
        Process process = new ProcessBuilder("sha256sum", block.toString()).start();
        String coreutils = new String(process.getInputStream().readAllBytes()).split(" ")[0];
        assertEquals(0, process.waitFor());
        assertEquals(coreutils, HexFormat.of().formatHex(kernel.sha256(0)));
    }

    @Test
    void crc32cAgreesWithABitwiseReference() {
        HashKernel kernel = new HashKernel(SEED);
        assertEquals(bitwiseCrc32c(kernel.block(1)), kernel.crc32c(1));
        assertEquals(0xE3069283L, bitwiseCrc32c("123456789".getBytes()));
    }

    @Test
    void integerInverseIsExact() {
        long m = 0x9E3779B97F4A7C15L;
        assertEquals(1L, m * IntegerMixKernel.inverseModulo2To64(m));
    }

    /**
     * The first batch runs in the interpreter (a debug-like run); after {@link #WARM_BATCHES} more,
     * C2 has compiled the kernel (release-like). Both must give the constant.
     */
    private static void assertGolden(CpuKernel kernel, long expected) {
        assertEquals(expected, kernel.runBatch(0), "interpreted");
        for (int i = 1; i <= WARM_BATCHES; i++) {
            kernel.runBatch(i);
        }
        assertEquals(expected, kernel.runBatch(0), "compiled");
    }

    /** CRC-32C (Castagnoli, reflected polynomial 0x82F63B78) one bit at a time. */
    private static long bitwiseCrc32c(byte[] data) {
        int crc = 0xFFFFFFFF;
        for (byte b : data) {
            crc ^= b & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc >>> 1) ^ (0x82F63B78 & -(crc & 1));
            }
        }
        return ~crc & 0xFFFFFFFFL;
    }
}
