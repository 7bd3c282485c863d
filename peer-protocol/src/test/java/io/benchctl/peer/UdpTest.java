package io.benchctl.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** UDP tests end to end on loopback: real datagrams, a real peer, the real relay. */
class UdpTest {
    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    @Test
    void uploadAndDownloadCountEveryDatagramOnACleanPath() throws Exception {
        try (PeerServer server = PeerServer.start(Peers.loopback(Peers.TOKEN));
                PeerConnection connection =
                        new PeerClient(Peers.client(Peers.addressOf(server), Peers.TOKEN)).connect()) {
            UdpSpec spec = new UdpSpec(20_000_000L, 1460, ONE_SECOND);
            for (UdpResult result : new UdpResult[] {connection.udpUpload(spec), connection.udpDownload(spec)}) {
                long expected = 20_000_000L / 8 / 1460;
                // paced on the average since the start: never ahead of the rate, behind only on a starved CPU
                between(expected / 2, expected + expected / 50, result.datagramsSent(), "sent " + result);
                assertEquals(result.datagramsSent() * 1460, result.bytesSent());
                // a quiet loopback loses nothing; a host loaded by other work may overflow a socket
                // buffer, but every datagram is either received or counted lost (bar a lost tail)
                between(result.datagramsSent() / 2, result.datagramsSent(), result.datagramsReceived(), "received");
                between(
                        result.datagramsSent() - 5,
                        result.datagramsSent(),
                        result.datagramsReceived() + result.lostDatagrams(),
                        "received + lost " + result);
                assertEquals(result.datagramsReceived() * 1460, result.bytesReceived());
                assertEquals(0, result.outOfOrderDatagrams());
                between(1, 1e9, result.jitterNanos(), "jitter " + result);
                between(0.008, 0.0202, result.receivedGigabitsPerSecond(), "Gbit/s " + result);
            }
        }
    }

    static void between(double low, double high, double actual, String what) {
        assertTrue(actual >= low && actual <= high, what + ": " + actual + " is outside " + low + ".." + high);
    }

    @Test
    void lossThroughTheRelayIsTheSeededRateInBothDirections() throws Exception {
        try (PeerServer server = PeerServer.start(Peers.loopback(Peers.TOKEN));
                Relay relay = Relay.start(server, UdpFaultRelay.Faults.drop(0.05, 42));
                PeerConnection connection = new PeerClient(Peers.client(relay.address(), Peers.TOKEN)).connect()) {
            // slow enough that a loaded machine's default socket buffers lose nothing of their own
            UdpSpec spec = new UdpSpec(10_000_000L, 1200, Duration.ofSeconds(2));
            UdpResult upload = connection.udpUpload(spec);
            UdpResult download = connection.udpDownload(spec);
            for (UdpResult result : new UdpResult[] {upload, download}) {
                // about 2,080 datagrams: the binomial spread of the drops is about 0.5 points; a host
                // loaded by other work may overflow a default socket buffer too, which only adds
                between(3.5, 8.0, result.lossPercent(), "loss % " + result);
                between(
                        result.datagramsSent() - 5,
                        result.datagramsSent(),
                        result.datagramsReceived() + result.lostDatagrams(),
                        "received + lost " + result);
            }
            long lost = upload.lostDatagrams() + download.lostDatagrams();
            between(relay.udp.dropped() - 10, relay.udp.dropped() * 1.5, lost, "lost vs the relay's drops");
        }
    }

    @Test
    void reorderedDatagramsCountAsOutOfOrderAndNotAsLost() throws Exception {
        try (PeerServer server = PeerServer.start(Peers.loopback(Peers.TOKEN));
                Relay relay = Relay.start(server, new UdpFaultRelay.Faults(0, 0.02, 7, 64));
                PeerConnection connection = new PeerClient(Peers.client(relay.address(), Peers.TOKEN)).connect()) {
            UdpResult result = connection.udpUpload(new UdpSpec(20_000_000L, 1000, ONE_SECOND));
            assertTrue(relay.udp.reordered() > 0, "the relay swapped no datagram");
            assertEquals(relay.udp.reordered(), result.outOfOrderDatagrams(), result.toString());
            // nothing dropped: what a loaded host's socket buffers lose is all there may be
            between(0, result.datagramsSent() / 50.0, result.lostDatagrams(), "lost " + result);
        }
    }

    @Test
    void aPeerRefusesATestLongerThanItsLimit() throws Exception {
        try (PeerServer server = PeerServer.start(Peers.loopback(Peers.TOKEN).withMaxTestDuration(ONE_SECOND));
                PeerConnection connection =
                        new PeerClient(Peers.client(Peers.addressOf(server), Peers.TOKEN)).connect()) {
            PeerException e = assertThrows(
                    PeerException.class,
                    () -> connection.udpUpload(new UdpSpec(1_000_000L, 100, Duration.ofSeconds(2))));
            assertEquals(PeerFailure.REJECTED, e.failure());
            assertTrue(
                    e.getMessage().contains("refused the UDP test: a UDP test of 2000 ms is longer than this peer's"),
                    e.getMessage());
        }
    }

    @Test
    void aBadRateOrDatagramSizeIsRefusedBeforeAnythingIsSent() {
        assertEquals(
                "UDP rate 0 bit/s is outside 1..100000000000 bit/s (100 Gbit/s)",
                assertThrows(IllegalArgumentException.class, () -> new UdpSpec(0, 1460, ONE_SECOND))
                        .getMessage());
        assertEquals(
                "UDP datagram size 8 is outside 24..65507 bytes",
                assertThrows(IllegalArgumentException.class, () -> new UdpSpec(1_000_000L, 8, ONE_SECOND))
                        .getMessage());
    }

    /** The TCP fault proxy (clean) and the UDP relay on one port number, as FaultRelayMain runs them. */
    private record Relay(FaultProxy tcp, UdpFaultRelay udp) implements AutoCloseable {
        static Relay start(PeerServer server, UdpFaultRelay.Faults faults) throws IOException {
            InetAddress loopback = InetAddress.getByName("127.0.0.1");
            InetSocketAddress target =
                    new InetSocketAddress(loopback, server.address().getPort());
            for (int attempt = 0; ; attempt++) {
                UdpFaultRelay udp = UdpFaultRelay.start(new InetSocketAddress(loopback, 0), target, faults);
                try {
                    return new Relay(
                            FaultProxy.start(
                                    new InetSocketAddress(
                                            loopback, udp.address().getPort()),
                                    target,
                                    FaultProxy.Fault.NONE),
                            udp);
                } catch (IOException e) {
                    closeQuietly(udp);
                    if (attempt == 5) {
                        throw e;
                    }
                }
            }
        }

        PeerAddress address() throws IOException {
            return new PeerAddress("127.0.0.1", udp.address().getPort());
        }

        @Override
        public void close() throws Exception {
            tcp.close();
            udp.close();
        }

        private static void closeQuietly(UdpFaultRelay relay) {
            try {
                relay.close();
            } catch (IOException | InterruptedException ignored) {
                // the test failed already
            }
        }
    }
}
