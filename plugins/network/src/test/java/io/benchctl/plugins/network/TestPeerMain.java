package io.benchctl.plugins.network;

import io.benchctl.peer.PeerServer;
import io.benchctl.peer.PeerServerConfig;
import io.benchctl.peer.PeerToken;
import java.net.InetSocketAddress;
import java.nio.file.Path;

/** A peer in its own process, for peer_command tests: {@code TestPeerMain PORT TOKEN_FILE}. */
public final class TestPeerMain {
    private TestPeerMain() {}

    public static void main(String[] args) throws Exception {
        PeerServerConfig config = PeerServerConfig.of(
                        new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])),
                        PeerToken.readFile(Path.of(args[1])))
                .withOnce(true);
        try (PeerServer server = PeerServer.start(config)) {
            System.out.println("test peer listening on " + server.address().getPort());
            server.awaitTermination();
        }
    }
}
