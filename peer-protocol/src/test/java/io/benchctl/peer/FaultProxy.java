package io.benchctl.peer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A userspace TCP proxy on loopback that damages traffic on purpose, because the test kernel has
 * no netem: it drops, delays, truncates, resets or corrupts the bytes of one direction after a
 * given offset. Every connection through it gets the same fault.
 */
public final class FaultProxy implements AutoCloseable {

    /** Which way the damaged bytes travel. */
    public enum Direction {
        /** From the client to the peer. */
        TO_PEER,
        /** From the peer to the client. */
        TO_CLIENT
    }

    /** What happens to a direction's bytes once {@code afterBytes} have passed intact. */
    public enum Kind {
        NONE,
        /** Swallow everything after the offset; the connection stays open and silent. */
        DROP,
        /** Hold every chunk for {@code delayMillis} before forwarding it. */
        DELAY,
        /** Forward up to the offset, then close that direction cleanly (FIN). */
        TRUNCATE,
        /** Forward up to the offset, then reset the receiver's connection (RST). */
        RESET,
        /** Invert the byte at the offset; everything else passes. */
        CORRUPT
    }

    /** A fault: what, which way, from which byte offset, and (for DELAY) how long. */
    public record Fault(Kind kind, Direction direction, long afterBytes, long delayMillis) {
        public static final Fault NONE = new Fault(Kind.NONE, Direction.TO_CLIENT, 0, 0);

        public static Fault of(Kind kind, Direction direction, long afterBytes) {
            return new Fault(kind, direction, afterBytes, 0);
        }

        public static Fault delay(Direction direction, long delayMillis) {
            return new Fault(Kind.DELAY, direction, 0, delayMillis);
        }
    }

    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final Fault fault;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    private FaultProxy(InetSocketAddress listen, InetSocketAddress target, Fault fault) throws IOException {
        this.target = target;
        this.fault = fault;
        this.listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(listen, 50);
    }

    /** A proxy on a free loopback port. */
    public static FaultProxy start(InetSocketAddress target, Fault fault) throws IOException {
        return start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), target, fault);
    }

    /** A proxy on {@code listen} (the standalone relay, {@link FaultRelayMain}, uses a fixed port). */
    public static FaultProxy start(InetSocketAddress listen, InetSocketAddress target, Fault fault) throws IOException {
        FaultProxy proxy = new FaultProxy(listen, target, fault);
        proxy.spawn("fault-proxy-accept", proxy::acceptLoop);
        return proxy;
    }

    /** Where clients connect. */
    public PeerAddress address() {
        return new PeerAddress("127.0.0.1", listener.getLocalPort());
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                Socket peer = new Socket(target.getAddress(), target.getPort());
                client.setTcpNoDelay(true);
                peer.setTcpNoDelay(true);
                sockets.add(client);
                sockets.add(peer);
                spawn("fault-proxy-to-peer", () -> pump(client, peer, fault.direction() == Direction.TO_PEER));
                spawn("fault-proxy-to-client", () -> pump(peer, client, fault.direction() == Direction.TO_CLIENT));
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private void pump(Socket from, Socket to, boolean faulty) {
        Kind kind = faulty ? fault.kind() : Kind.NONE;
        byte[] buffer = new byte[16384];
        long offset = 0;
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            while (true) {
                int read = in.read(buffer);
                if (read < 0) {
                    to.shutdownOutput();
                    return;
                }
                long intact = Math.max(0, Math.min(read, fault.afterBytes() - offset));
                switch (kind) {
                    case NONE -> out.write(buffer, 0, read);
                    case DELAY -> {
                        Thread.sleep(fault.delayMillis());
                        out.write(buffer, 0, read);
                    }
                    case DROP -> out.write(buffer, 0, (int) intact);
                    case CORRUPT -> {
                        long at = fault.afterBytes() - offset;
                        if (at >= 0 && at < read) {
                            buffer[(int) at] = (byte) ~buffer[(int) at];
                        }
                        out.write(buffer, 0, read);
                    }
                    case TRUNCATE, RESET -> {
                        out.write(buffer, 0, (int) intact);
                        if (intact < read) {
                            out.flush();
                            if (kind == Kind.RESET) {
                                to.setSoLinger(true, 0);
                                to.close();
                                from.setSoLinger(true, 0);
                                from.close();
                            } else {
                                to.shutdownOutput();
                            }
                            return;
                        }
                    }
                }
                offset += read;
            }
        } catch (IOException | InterruptedException e) {
            // a side went away: the other pump or close() cleans up
        }
    }

    private void spawn(String name, Runnable body) {
        Thread thread = Thread.ofPlatform().name(name).daemon(true).start(body);
        threads.add(thread);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        closed = true;
        listener.close();
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (SocketException ignored) {
                // already closed by a pump
            }
        }
        for (Thread thread : threads) {
            thread.join(2000);
        }
    }
}
