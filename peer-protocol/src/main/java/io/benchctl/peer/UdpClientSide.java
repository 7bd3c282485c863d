package io.benchctl.peer;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * The client's half of a UDP test (see {@link UdpPeerSide} for the exchange). Its datagrams go to
 * the peer's address and the port number of the control connection, from one socket connected
 * there, so a relay or NAT between the hosts sees one UDP flow per test.
 */
final class UdpClientSide {
    private static final long HELLO_EVERY_NANOS = 20_000_000L;

    private final PeerChannel channel;
    private final String peer;

    UdpClientSide(PeerChannel channel, String peer) {
        this.channel = channel;
        this.peer = peer;
    }

    UdpResult upload(UdpSpec spec) throws IOException {
        long testId = start(UdpPeerSide.UPLOAD, spec);
        try (DatagramChannel udp = open()) {
            UdpSender.Totals totals = UdpSender.send(udp, null, testId, spec, () -> !channel.isOpen());
            channel.writeFrame(FrameType.END, UdpPeerSide.endFrame(totals));
            Frame reply = channel.readFrame(Protocol.MAX_CONTROL_PAYLOAD_BYTES);
            if (reply.type() == FrameType.ERROR) {
                throw Failures.fromErrorFrame(reply.payload(), peer, "the UDP upload");
            }
            if (reply.type() != FrameType.UDP_RESULT) {
                throw new PeerChannel.ProtocolViolation("expected UDP_RESULT, got " + reply.type());
            }
            ByteBuffer in = Messages.exactly(reply, UdpPeerSide.RESULT_BYTES);
            return new UdpResult(
                    totals.datagrams(),
                    totals.bytes(),
                    totals.elapsedNanos(),
                    in.getLong(),
                    in.getLong(),
                    in.getLong(),
                    in.getLong(),
                    in.getDouble());
        }
    }

    UdpResult download(UdpSpec spec) throws IOException {
        try (DatagramChannel udp = open()) {
            long testId = start(UdpPeerSide.DOWNLOAD, spec);
            UdpReceiveStats stats = new UdpReceiveStats();
            Thread receiver = Thread.ofPlatform()
                    .name("benchctl-net-udp-receive")
                    .daemon(true)
                    .start(() -> receive(udp, testId, stats));
            try {
                sayHello(udp, testId, stats);
                Duration timeout = channel.timeout();
                channel.setTimeout(spec.duration().plus(timeout).plus(UdpPeerSide.HELLO_WAIT));
                Frame end;
                try {
                    end = channel.readFrame(Protocol.MAX_CONTROL_PAYLOAD_BYTES);
                } finally {
                    channel.setTimeout(timeout);
                }
                if (end.type() == FrameType.ERROR) {
                    throw Failures.fromErrorFrame(end.payload(), peer, "the UDP download");
                }
                if (end.type() != FrameType.END) {
                    throw new PeerChannel.ProtocolViolation("unexpected " + end.type() + " frame in a UDP download");
                }
                ByteBuffer totals = Messages.exactly(end, UdpPeerSide.END_BYTES);
                return UdpPeerSide.drain(stats).result(totals.getLong(), totals.getLong(), totals.getLong());
            } finally {
                udp.close();
                join(receiver);
            }
        }
    }

    private long start(byte direction, UdpSpec spec) throws IOException {
        channel.writeFrame(
                FrameType.START_UDP,
                ByteBuffer.allocate(UdpPeerSide.START_BYTES)
                        .put(direction)
                        .putInt(spec.datagramBytes())
                        .putLong(spec.rateBitsPerSecond())
                        .putLong(spec.duration().toNanos())
                        .array());
        Frame reply = channel.readFrame(Protocol.MAX_CONTROL_PAYLOAD_BYTES);
        if (reply.type() == FrameType.ERROR) {
            throw Failures.fromErrorFrame(reply.payload(), peer, "the UDP test");
        }
        if (reply.type() != FrameType.UDP_READY) {
            throw new PeerChannel.ProtocolViolation("expected UDP_READY, got " + reply.type());
        }
        return Messages.exactly(reply, 8).getLong();
    }

    private DatagramChannel open() throws IOException {
        InetSocketAddress remote = channel.remoteAddress();
        DatagramChannel udp = DatagramChannel.open(
                remote.getAddress() instanceof Inet6Address
                        ? StandardProtocolFamily.INET6
                        : StandardProtocolFamily.INET);
        try {
            udp.bind(new InetSocketAddress(channel.localAddress().getAddress(), 0));
            udp.connect(remote);
            return udp;
        } catch (IOException | RuntimeException e) {
            udp.close();
            throw e;
        }
    }

    /** Hello datagrams (sequence 0) until the first data datagram arrives; a lossy path may drop some. */
    private static void sayHello(DatagramChannel udp, long testId, UdpReceiveStats stats) throws IOException {
        ByteBuffer hello = ByteBuffer.allocateDirect(Protocol.UDP_HEADER_BYTES);
        long giveUpNanos = System.nanoTime() + UdpPeerSide.HELLO_WAIT.toNanos();
        while (stats.datagrams() == 0 && System.nanoTime() - giveUpNanos < 0) {
            hello.clear();
            hello.putLong(0, testId).putLong(8, 0).putLong(16, System.nanoTime());
            try {
                udp.write(hello);
            } catch (PortUnreachableException e) {
                // nothing listens yet, or the path refuses: the peer's END or ERROR says which
            }
            long waitUntil = System.nanoTime() + HELLO_EVERY_NANOS;
            while (stats.datagrams() == 0 && System.nanoTime() - waitUntil < 0) {
                LockSupport.parkNanos(1_000_000L);
            }
        }
    }

    private static void receive(DatagramChannel udp, long testId, UdpReceiveStats stats) {
        ByteBuffer datagram = Buffers.alignedDirect(Protocol.MAX_DATAGRAM_BYTES + 1);
        while (true) {
            datagram.clear();
            try {
                udp.read(datagram);
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                continue;
            }
            long arrivalNanos = System.nanoTime();
            if (datagram.position() >= Protocol.UDP_HEADER_BYTES
                    && datagram.getLong(0) == testId
                    && datagram.getLong(8) > 0) {
                stats.record(datagram.getLong(8), datagram.getLong(16), arrivalNanos, datagram.position());
            }
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
