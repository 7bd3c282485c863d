package io.benchctl.peer;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The network peer: accepts clients, authenticates them and serves test workloads (bulk sink and
 * source, echo, connect/close), each session on its own platform thread.
 *
 * <p>Bounded everywhere: at most {@code maxClients} sessions (one more is told BUSY and closed,
 * never left hanging), every read and write under a timeout, frame sizes capped before
 * allocation, test durations capped. A session that fails ends alone; the server goes on.
 * {@link #close()} leaves no socket or thread behind.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class PeerServer implements AutoCloseable {
    static final String THREAD_PREFIX = "benchctl-peer-";
    private static final Logger log = LoggerFactory.getLogger(PeerServer.class);
    private static final Duration JOIN_TIMEOUT = Duration.ofSeconds(3);

    private final PeerServerConfig config;
    private final ServerSocketChannel listener;
    /** Null when the UDP port of the listener's number could not be bound: no UDP tests then. */
    private final UdpPort udpPort;

    private final InetSocketAddress address;
    private final Set<PeerSession> sessions = ConcurrentHashMap.newKeySet();
    private final AtomicInteger activeSessions = new AtomicInteger();
    private final AtomicLong sessionIds = new AtomicLong();
    private final CountDownLatch terminated = new CountDownLatch(1);
    private final Thread acceptThread;
    /** Once mode only, else null: the run served, and the thread that stops the server when it is over. */
    private final OnceRun onceRun;

    private final Thread onceThread;
    private volatile boolean closing;

    private PeerServer(PeerServerConfig config, ServerSocketChannel listener, UdpPort udpPort) throws IOException {
        this.config = config;
        this.listener = listener;
        this.udpPort = udpPort;
        this.address = (InetSocketAddress) listener.getLocalAddress();
        this.acceptThread =
                Thread.ofPlatform().name(THREAD_PREFIX + "accept").daemon(true).unstarted(this::acceptLoop);
        this.onceRun = config.once() ? new OnceRun() : null;
        this.onceThread = config.once()
                ? Thread.ofPlatform().name(THREAD_PREFIX + "once").daemon(true).unstarted(this::watchOnceRun)
                : null;
    }

    /**
     * Binds and starts serving.
     *
     * @throws IllegalArgumentException when asked to listen on a non-loopback address without a
     *     token (the message says what to do)
     * @throws IOException when the address cannot be bound (the message names it)
     */
    public static PeerServer start(PeerServerConfig config) throws IOException {
        requireTokenOffLoopback(config);
        PeerSockets sockets = PeerSockets.bind(config.bind());
        return start(config, sockets.listener(), sockets.udp());
    }

    private static PeerServer start(PeerServerConfig config, ServerSocketChannel listener, UdpPort udp)
            throws IOException {
        PeerServer server = new PeerServer(config, listener, udp);
        server.acceptThread.start();
        if (server.onceThread != null) {
            server.onceThread.start();
        }
        log.info(
                "peer listening on {} (auth: {}, max clients: {}{})",
                describe(server.address),
                config.token() == null ? "none, loopback only" : "HMAC-SHA256 token",
                config.maxClients(),
                config.once() ? ", serving one client run" : "");
        return server;
    }

    private static void requireTokenOffLoopback(PeerServerConfig config) {
        InetAddress host = config.bind().getAddress();
        if (config.token() == null && (host == null || !host.isLoopbackAddress())) {
            throw new IllegalArgumentException("refusing to listen on " + describe(config.bind())
                    + " without a token: any host could use this peer. Pass --token-file FILE (create one with:"
                    + " head -c 32 /dev/urandom | base64 > FILE), or listen on 127.0.0.1");
        }
    }

    static String describe(InetSocketAddress address) {
        String host = address.getAddress() == null
                ? address.getHostString()
                : address.getAddress().getHostAddress();
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + address.getPort();
    }

    /** The address actually bound (with the chosen port when the config asked for port 0). */
    public InetSocketAddress address() {
        return address;
    }

    /** Sessions being served now. */
    public int activeSessions() {
        return activeSessions.get();
    }

    PeerServerConfig config() {
        return config;
    }

    UdpPort udpPort() {
        return udpPort;
    }

    /** Blocks until the server has stopped (by {@link #close()}, or at the end of a once run). */
    public void awaitTermination() throws InterruptedException {
        terminated.await();
    }

    /** Waits at most {@code timeout}; true when the server has stopped. */
    public boolean awaitTermination(Duration timeout) throws InterruptedException {
        return terminated.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void acceptLoop() {
        while (!closing) {
            SocketChannel accepted;
            try {
                accepted = listener.accept();
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                // e.g. out of file descriptors: back off instead of spinning, keep serving
                log.warn("accepting a connection failed: {}", e.getMessage());
                pause();
                continue;
            }
            long id = sessionIds.incrementAndGet();
            if (closing) {
                closeQuietly(accepted);
            } else if (activeSessions.incrementAndGet() > config.maxClients()) {
                activeSessions.decrementAndGet();
                rejectBusy(accepted, id);
            } else {
                startSession(accepted, id);
            }
        }
    }

    private void startSession(SocketChannel accepted, long id) {
        PeerSession session = new PeerSession(this, accepted, id);
        sessions.add(session);
        try {
            Thread.ofPlatform()
                    .name(THREAD_PREFIX + "session-" + id)
                    .daemon(true)
                    .start(session);
        } catch (RuntimeException | OutOfMemoryError e) {
            log.warn("cannot start a thread for session {}: {}", id, e.getMessage());
            sessionEnded(session, false);
            closeQuietly(accepted);
        }
    }

    /** Tells a client over the cap so, then closes; the client has sent nothing yet, so it reads the frame. */
    private void rejectBusy(SocketChannel accepted, long id) {
        String remote = "?";
        try (PeerChannel channel = new PeerChannel(accepted, Duration.ofSeconds(1))) {
            remote = channel.remote();
            channel.writeFrame(
                    FrameType.BUSY,
                    Messages.text("it serves " + config.maxClients()
                            + " clients at once (--max-clients there); try again later"));
        } catch (IOException e) {
            log.debug("could not tell client {} that the peer is busy: {}", remote, e.getMessage());
        }
        log.info("session {} from {} refused: busy ({} clients at once)", id, remote, config.maxClients());
    }

    /**
     * Called by a session once its client authenticated. In once mode only one client run (one
     * run id) is served; false means this session belongs to another run.
     */
    boolean admitRun(byte[] runId) {
        return onceRun == null || onceRun.admit(runId);
    }

    /** The client of a once run said it has finished. */
    void endRun(byte[] runId) {
        if (onceRun != null) {
            onceRun.end(runId);
        }
    }

    void sessionEnded(PeerSession session, boolean admitted) {
        sessions.remove(session);
        activeSessions.decrementAndGet();
        if (admitted && onceRun != null) {
            onceRun.sessionEnded();
        }
    }

    /** Once mode: stop when the run said it has ended, or when it has had no session for the idle timeout. */
    private void watchOnceRun() {
        while (!closing) {
            pause();
            if (onceRun.isOver(activeSessions.get(), config.idleTimeout())) {
                log.info("once: the client run has ended; stopping");
                close();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean closing() {
        return closing;
    }

    /** Stops accepting, ends every session and waits for their threads; idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
        }
        try {
            listener.close();
        } catch (IOException e) {
            log.debug("closing the listener: {}", e.getMessage());
        }
        List<PeerSession> open = List.copyOf(sessions);
        open.forEach(PeerSession::abort);
        join(acceptThread);
        if (onceThread != null) {
            join(onceThread);
        }
        for (PeerSession session : open) {
            session.awaitEnd(JOIN_TIMEOUT);
        }
        if (udpPort != null) {
            udpPort.close();
        }
        log.info("peer on {} stopped", describe(address));
        terminated.countDown();
    }

    private static void join(Thread thread) {
        if (thread == Thread.currentThread()) {
            return;
        }
        try {
            thread.join(JOIN_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // the descriptor is released either way
        }
    }
}
