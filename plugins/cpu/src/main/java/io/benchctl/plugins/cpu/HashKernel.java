package io.benchctl.plugins.cpu;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.zip.CRC32C;

/**
 * Hashing ({@code hash}): CRC32C and SHA-256 (the JDK's, which use the CPU's CRC and SHA
 * instructions where it has them) over 4 KiB blocks of a 16 KiB buffer that stays in cache.
 * One op = one block through both. Every digest is compared with the one computed when the
 * kernel was built.
 */
final class HashKernel implements CpuKernel {

    static final int BLOCK_BYTES = 4096;
    static final int BLOCKS = 4;
    private static final int BLOCKS_PER_BATCH = 16;

    private final byte[] buffer = new byte[BLOCK_BYTES * BLOCKS];
    private final long[] expectedCrc = new long[BLOCKS];
    private final byte[][] expectedSha = new byte[BLOCKS][];
    private final CRC32C crc = new CRC32C();
    private final MessageDigest sha;
    private final byte[] digest = new byte[32];

    HashKernel(long seed) {
        new SplittableRandom(seed).nextBytes(buffer);
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
        for (int block = 0; block < BLOCKS; block++) {
            expectedCrc[block] = crc32c(block);
            expectedSha[block] = sha256(block).clone();
        }
    }

    @Override
    public long opsPerBatch() {
        return BLOCKS_PER_BATCH;
    }

    @Override
    public long runBatch(long batchIndex) {
        long checksum = 0;
        for (int i = 0; i < BLOCKS_PER_BATCH; i++) {
            int block = i % BLOCKS;
            long crcValue = crc32c(block);
            byte[] shaValue = sha256(block);
            if (crcValue != expectedCrc[block] || !Arrays.equals(shaValue, expectedSha[block])) {
                throw new KernelCheckException("hash kernel: block " + block + " hashed differently than before");
            }
            checksum += crcValue ^ firstLong(shaValue);
        }
        return checksum;
    }

    long crc32c(int block) {
        crc.reset();
        crc.update(buffer, block * BLOCK_BYTES, BLOCK_BYTES);
        return crc.getValue();
    }

    byte[] sha256(int block) {
        sha.update(buffer, block * BLOCK_BYTES, BLOCK_BYTES);
        try {
            sha.digest(digest, 0, digest.length);
        } catch (java.security.DigestException e) {
            throw new IllegalStateException(e);
        }
        return digest;
    }

    byte[] block(int block) {
        return Arrays.copyOfRange(buffer, block * BLOCK_BYTES, (block + 1) * BLOCK_BYTES);
    }

    private static long firstLong(byte[] bytes) {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = value << 8 | (bytes[i] & 0xFF);
        }
        return value;
    }
}
