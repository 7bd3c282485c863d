package io.benchctl.peer;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;

/** Test helpers: loopback peers and clients with short timeouts. */
final class Peers {
    static final PeerToken TOKEN = PeerToken.of("a-token-for-tests-only-0123456789".getBytes());

    private Peers() {}

    static PeerServerConfig loopback(PeerToken token) {
        return PeerServerConfig.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), token);
    }

    static PeerClientConfig client(PeerAddress address, PeerToken token) {
        return PeerClientConfig.of(address, token)
                .withRetries(0, Duration.ofSeconds(2))
                .withReadTimeout(Duration.ofSeconds(5));
    }

    static PeerAddress addressOf(PeerServer server) {
        return new PeerAddress("127.0.0.1", server.address().getPort());
    }
}
