package io.benchctl.peer;

import java.io.Closeable;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The peer's one UDP socket, bound to the same address and port number as its TCP listener (as
 * iperf3 uses 5201/tcp and 5201/udp), so a firewall rule, a NAT or a relay that passes the peer's
 * port passes its UDP tests too. One thread receives every datagram and hands it to the test its
 * 64-bit random test id names; datagrams naming no running test are dropped. The sessions send
 * their downloads from this socket, so replies leave from the port the client sent to.
 */
final class UdpPort implements Closeable {
    private static final Logger log = LoggerFactory.getLogger(UdpPort.class);

    private final DatagramChannel channel;
    private final Map<Long, UdpTest> tests = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Thread thread;

    private UdpPort(DatagramChannel channel) {
        this.channel = channel;
        this.thread = Thread.ofPlatform()
                .name(PeerServer.THREAD_PREFIX + "udp")
                .daemon(true)
                .unstarted(this::receiveLoop);
    }

    /** Binds the UDP port of {@code address} and starts receiving. */
    static UdpPort bind(InetSocketAddress address) throws IOException {
        DatagramChannel channel = DatagramChannel.open(
                address.getAddress() instanceof Inet6Address
                        ? StandardProtocolFamily.INET6
                        : StandardProtocolFamily.INET);
        try {
            channel.bind(address);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        UdpPort port = new UdpPort(channel);
        port.thread.start();
        return port;
    }

    DatagramChannel channel() {
        return channel;
    }

    /** A new test with a fresh random id; {@link #unregister} it when it ends. */
    UdpTest register() {
        while (true) {
            UdpTest test = new UdpTest(random.nextLong());
            if (test.id != 0 && tests.putIfAbsent(test.id, test) == null) {
                return test;
            }
        }
    }

    void unregister(UdpTest test) {
        tests.remove(test.id);
    }

    private void receiveLoop() {
        ByteBuffer datagram = Buffers.alignedDirect(Protocol.MAX_DATAGRAM_BYTES + 1);
        while (true) {
            datagram.clear();
            SocketAddress from;
            try {
                from = channel.receive(datagram);
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                // an ICMP error from an earlier send (the client's port closed): keep serving the rest
                log.debug("UDP receive: {}", e.getMessage());
                continue;
            }
            long arrivalNanos = System.nanoTime();
            if (datagram.position() < Protocol.UDP_HEADER_BYTES) {
                continue;
            }
            UdpTest test = tests.get(datagram.getLong(0));
            if (test == null) {
                continue;
            }
            long sequence = datagram.getLong(8);
            if (sequence == 0) {
                test.hello(from);
            } else if (sequence > 0) {
                test.stats.record(sequence, datagram.getLong(16), arrivalNanos, datagram.position());
            }
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            log.debug("closing the UDP port: {}", e.getMessage());
        }
        try {
            thread.join(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One running UDP test of a session. */
    static final class UdpTest {
        final long id;
        final UdpReceiveStats stats = new UdpReceiveStats();
        private final CountDownLatch helloArrived = new CountDownLatch(1);
        private volatile SocketAddress client;

        UdpTest(long id) {
            this.id = id;
        }

        private void hello(SocketAddress from) {
            if (client == null) {
                client = from;
            }
            helloArrived.countDown();
        }

        /** Where the client's first hello came from, or null when none came within the wait. */
        SocketAddress awaitHello(long timeoutNanos) throws InterruptedException {
            helloArrived.await(timeoutNanos, TimeUnit.NANOSECONDS);
            return client;
        }
    }
}
