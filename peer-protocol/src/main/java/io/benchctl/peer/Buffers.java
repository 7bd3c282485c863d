package io.benchctl.peer;

import java.nio.ByteBuffer;

/** Direct, page-aligned I/O buffers: heap arrays would cost an extra copy per socket call. */
final class Buffers {
    static final int PAGE_BYTES = 4096;

    private Buffers() {}

    static ByteBuffer alignedDirect(int bytes) {
        // alignedSlice rounds the start up and the end down to a page: allocate whole pages plus one
        int pages = (bytes + PAGE_BYTES - 1) / PAGE_BYTES + 1;
        ByteBuffer buffer = ByteBuffer.allocateDirect(pages * PAGE_BYTES).alignedSlice(PAGE_BYTES);
        buffer.limit(bytes);
        ByteBuffer slice = buffer.slice();
        for (int i = 0; i < bytes; i++) {
            slice.put(i, (byte) (i * 31 + 7));
        }
        return slice;
    }
}
