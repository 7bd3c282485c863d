package io.benchctl.tests;

import static io.benchctl.tests.PeerProcess.DATA;
import static io.benchctl.tests.PeerProcess.END_RUN;
import static io.benchctl.tests.PeerProcess.HELLO;
import static io.benchctl.tests.PeerProcess.START_DOWNLOAD;
import static io.benchctl.tests.PeerProcess.START_ECHO;
import static io.benchctl.tests.PeerProcess.START_UPLOAD;
import static io.benchctl.tests.PeerProcess.WELCOME;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.peer.PeerException;
import io.benchctl.peer.PeerToken;
import io.benchctl.peer.Protocol;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Targeted attacks on a real {@code benchctl peer} (see {@link PeerProcess}): oversized lengths,
 * truncated and replayed sessions, commands without authentication, wrong versions and tokens,
 * and slow clients holding every slot. After each, the peer serves a good client.
 */
@Tag("reliability-peer")
@Timeout(120)
@EnabledOnOs(
        value = OS.LINUX,
        disabledReason =
                "needs Linux (procfs, signals, namespaces or the bash launcher); the portable subset leaves it out")
class PeerAttackTest {
    private static PeerProcess peer;
    private static byte[] recordedSession;

    @BeforeAll
    static void startPeer() throws Exception {
        peer = PeerProcess.start();
        recordedSession = peer.recordGoodSession();
    }

    @AfterAll
    static void stopPeer() throws Exception {
        peer.close();
    }

    @Test
    void oversizedLengthsInEveryFrameTypeAreRefusedWithoutAllocating() throws Exception {
        long beforeKib = peer.highWaterMarkKib();
        for (int type = 0; type < 256; type++) {
            for (int length : new int[] {Integer.MAX_VALUE, -1, 1 << 30, Protocol.MAX_DATA_PAYLOAD_BYTES + 1}) {
                peer.assertNoTestFor(PeerProcess.header(1, type, length));
            }
        }
        peer.assertAlive("oversized lengths (a 64 MiB heap, and the JVM exits on OutOfMemoryError)");
        long grownKib = peer.highWaterMarkKib() - beforeKib;
        assertTrue(grownKib < 64 * 1024, "peak resident memory grew by " + grownKib + " KiB on length claims alone");
        peer.assertServesAGoodClient();
    }

    @Test
    void aRecordedSessionCutAtEveryPointIsDropped() throws Exception {
        int step = Math.max(1, recordedSession.length / 64);
        for (int cut = 0; cut < recordedSession.length; cut += step) {
            peer.assertNoTestFor(Arrays.copyOf(recordedSession, cut));
        }
        peer.assertServesAGoodClient();
    }

    @Test
    void aReplayedAuthenticationNeverRunsATest() throws Exception {
        Set<Integer> answered = peer.answersTo(recordedSession);
        assertFalse(answered.contains(WELCOME), "a replayed HELLO was accepted: " + answered);
        assertTrue(answered.contains(PeerProcess.ERROR), "the peer says why it refused: " + answered);
        peer.assertNoTestFor(recordedSession);
        peer.assertServesAGoodClient();
    }

    @Test
    void everyCommandWithoutAuthenticationIsRefused() throws Exception {
        for (int command : new int[] {START_UPLOAD, START_DOWNLOAD, START_ECHO, END_RUN, DATA}) {
            peer.assertNoTestFor(ByteBuffer.allocate(Protocol.HEADER_BYTES + 8)
                    .put(PeerProcess.header(1, command, 8))
                    .putLong(250)
                    .array());
        }
        peer.assertServesAGoodClient();
    }

    @Test
    void wrongVersionsAndAWrongTokenAreRefused() throws Exception {
        for (int version : new int[] {0, Protocol.MAX_VERSION + 1, 127, 255}) {
            byte[] session = recordedSession.clone();
            session[4] = (byte) version; // the HELLO's header
            peer.assertNoTestFor(session);
        }
        PeerToken wrong = PeerToken.of("not-the-token-but-long-enough".getBytes(StandardCharsets.UTF_8));
        assertThrows(PeerException.class, () -> peer.client(wrong).connect().close());
        peer.assertServesAGoodClient();
    }

    @Test
    void slowClientsHoldingEverySlotAreDroppedAfterTheHandshakeTimeout() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < PeerProcess.MAX_CLIENTS; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), peer.port());
                socket.getOutputStream().write(PeerProcess.header(1, HELLO, 80), 0, 3); // then silence
                slow.add(socket);
            }
            Thread.sleep(200);
            PeerException busy = assertThrows(
                    PeerException.class,
                    () -> peer.client(PeerProcess.TOKEN).connect().close());
            assertTrue(busy.getMessage().toLowerCase().contains("busy"), busy.getMessage());
            // The peer's handshake timeout (5 s) frees the slots without the slow clients' help.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (!peer.servesAGoodClient() && System.nanoTime() < deadline) {
                Thread.sleep(250);
            }
            peer.assertServesAGoodClient();
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }
}
