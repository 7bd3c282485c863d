package io.benchctl.peer;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A peer's TCP listener and the UDP port of the same number (adr/0024).
 *
 * @param udp null when that UDP port could not be bound: the peer then serves no UDP tests
 */
record PeerSockets(ServerSocketChannel listener, UdpPort udp) {
    private static final Logger log = LoggerFactory.getLogger(PeerSockets.class);
    private static final int EPHEMERAL_ATTEMPTS = 5;

    static PeerSockets bind(InetSocketAddress address) throws IOException {
        // port 0: the kernel picks a free TCP port, whose UDP twin may be taken; try a few
        for (int attempt = 1; ; attempt++) {
            ServerSocketChannel listener = listen(address);
            UdpPort udp = bindUdp((InetSocketAddress) listener.getLocalAddress());
            if (udp != null || address.getPort() != 0 || attempt == EPHEMERAL_ATTEMPTS) {
                if (udp == null) {
                    log.warn(
                            "UDP port {} is not free: this peer serves no UDP tests",
                            listener.socket().getLocalPort());
                }
                return new PeerSockets(listener, udp);
            }
            listener.close();
        }
    }

    private static ServerSocketChannel listen(InetSocketAddress address) throws IOException {
        ServerSocketChannel listener = ServerSocketChannel.open();
        try {
            listener.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            listener.bind(address, 128);
            return listener;
        } catch (BindException e) {
            listener.close();
            throw new IOException(
                    "cannot listen on " + PeerServer.describe(address) + ": " + e.getMessage()
                            + " (is another peer already running there?)",
                    e);
        } catch (IOException | RuntimeException e) {
            listener.close();
            throw e;
        }
    }

    private static UdpPort bindUdp(InetSocketAddress address) {
        try {
            return UdpPort.bind(address);
        } catch (IOException e) {
            log.debug("binding UDP {}: {}", PeerServer.describe(address), e.getMessage());
            return null;
        }
    }
}
