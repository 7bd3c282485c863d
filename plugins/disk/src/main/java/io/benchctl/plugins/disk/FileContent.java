package io.benchctl.plugins.disk;

import java.nio.ByteBuffer;
import java.util.SplittableRandom;

/**
 * What a job's file holds after layout: pseudo-random bytes (so neither compression nor
 * de-duplication in a virtual disk can shortcut the I/O), with each 4 KiB page starting with its
 * own page number so that no two pages are equal and any block can be checked.
 *
 * <p>Content at file offset {@code o} is {@code base[o mod 1 MiB]}, except the first 8 bytes of
 * each page, which hold the page number (big-endian).
 */
final class FileContent {
    static final int PAGE_BYTES = 4096;
    static final int BASE_BYTES = 1 << 20;

    private final byte[] base = new byte[BASE_BYTES];

    FileContent(long seed) {
        new SplittableRandom(seed).nextBytes(base);
    }

    /**
     * Fills {@code block} from its position to its limit with the content at {@code fileOffset}.
     * {@code fileOffset} must be page-aligned. The position does not move.
     */
    void fill(ByteBuffer block, long fileOffset) {
        int start = block.position();
        int length = block.remaining();
        for (int done = 0; done < length; ) {
            int baseOffset = (int) ((fileOffset + done) % BASE_BYTES);
            int chunk = Math.min(length - done, BASE_BYTES - baseOffset);
            block.put(start + done, base, baseOffset, chunk);
            done += chunk;
        }
        for (int page = 0; page * PAGE_BYTES + Long.BYTES <= length; page++) {
            block.putLong(start + page * PAGE_BYTES, (fileOffset / PAGE_BYTES) + page);
        }
    }
}
