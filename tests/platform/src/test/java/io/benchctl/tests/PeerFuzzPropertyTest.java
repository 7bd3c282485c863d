package io.benchctl.tests;

import java.nio.ByteBuffer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Generated frames against a real {@code benchctl peer} (see {@link PeerProcess}): random bytes,
 * headers with any type, version and length, and a recorded good session with flipped bytes. No
 * input crashes the peer, makes it allocate past its 64 MiB heap, or gets a test run.
 */
@Tag("reliability-peer")
@EnabledOnOs(
        value = OS.LINUX,
        disabledReason =
                "needs Linux (procfs, signals, namespaces or the bash launcher); the portable subset leaves it out")
class PeerFuzzPropertyTest {
    private static PeerProcess peer;
    private static byte[] recordedSession;

    @BeforeContainer
    static void startPeer() throws Exception {
        peer = PeerProcess.start();
        recordedSession = peer.recordGoodSession();
    }

    @AfterContainer
    static void stopPeer() throws Exception {
        try (PeerProcess stopping = peer) {
            stopping.assertServesAGoodClient();
        }
    }

    @Property(tries = 1000, seed = "20261129")
    void randomBytes(@ForAll @Size(min = 1, max = 2048) byte[] garbage) throws Exception {
        peer.assertNoTestFor(garbage);
        peer.assertAlive(garbage.length + " random bytes");
    }

    @Property(tries = 1000, seed = "20261129")
    void headersWithAnyTypeVersionAndLength(
            @ForAll @IntRange(min = 0, max = 255) int type,
            @ForAll @IntRange(min = 0, max = 255) int version,
            @ForAll int length,
            @ForAll @Size(max = 64) byte[] payload)
            throws Exception {
        byte[] frame = ByteBuffer.allocate(PeerProcess.header(version, type, length).length + payload.length)
                .put(PeerProcess.header(version, type, length))
                .put(payload)
                .array();
        peer.assertNoTestFor(frame);
        peer.assertAlive("a type " + type + " frame, version " + version + ", claiming " + length + " bytes");
    }

    @Property(tries = 500, seed = "20261129")
    void recordedSessionWithFlippedBytes(
            @ForAll @IntRange(min = 0, max = 1 << 20) int position, @ForAll @IntRange(min = 1, max = 255) int xor)
            throws Exception {
        byte[] mutated = recordedSession.clone();
        mutated[position % mutated.length] ^= (byte) xor;
        peer.assertNoTestFor(mutated);
        peer.assertAlive("a recorded session with byte " + position % mutated.length + " flipped");
    }
}
