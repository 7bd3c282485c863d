package io.benchctl.peer;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.concurrent.ThreadLocalRandom;
import org.apiguardian.api.API;

/**
 * Connects to a peer and authenticates. Thread-safe: each {@link #connect()} makes an independent
 * {@link PeerConnection}.
 *
 * <p>Connecting retries failures that may pass (refused, unreachable, busy: the peer may still be
 * starting) with exponential backoff and jitter, at most {@code retries} times, each attempt
 * bounded by {@code connectTimeout}. Auth and version failures are final.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class PeerClient {
    private static final long FIRST_BACKOFF_NANOS = 100_000_000L;

    private final PeerClientConfig config;
    private final String peer;

    public PeerClient(PeerClientConfig config) {
        this.config = config;
        this.peer = config.address().toString();
    }

    public PeerClientConfig config() {
        return config;
    }

    /**
     * Connects and completes the handshake, retrying as configured.
     *
     * @throws PeerException with a precise message; its {@link PeerException#failure()} says which
     */
    public PeerConnection connect() throws PeerException {
        long startNanos = System.nanoTime();
        long backoffNanos = FIRST_BACKOFF_NANOS;
        long maxBackoffNanos = config.connectTimeout().toNanos();
        for (int attempt = 1; ; attempt++) {
            try {
                return connectOnce();
            } catch (PeerException e) {
                if (!e.failure().retryable() || attempt > config.retries()) {
                    throw attempt == 1
                            ? e
                            : new PeerException(
                                    e.failure(),
                                    e.getMessage() + " (" + attempt + " attempts over "
                                            + (System.nanoTime() - startNanos) / 1_000_000 + " ms)",
                                    e.getCause());
                }
            }
            // "full jitter" over the upper half keeps clients that started together from retrying in step
            long pauseNanos = backoffNanos / 2 + ThreadLocalRandom.current().nextLong(backoffNanos / 2 + 1);
            try {
                Thread.sleep(pauseNanos / 1_000_000, (int) (pauseNanos % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PeerException(PeerFailure.IO, "interrupted while connecting to peer " + peer);
            }
            backoffNanos = Math.min(backoffNanos * 2, maxBackoffNanos);
        }
    }

    private PeerConnection connectOnce() throws PeerException {
        InetSocketAddress address;
        try {
            address = config.address().resolve();
        } catch (UnknownHostException e) {
            throw new PeerException(
                    PeerFailure.UNREACHABLE,
                    "cannot resolve peer host '" + config.address().host() + "': check the name in `peer`",
                    e);
        }
        SocketChannel socket = openSocket(address);
        PeerChannel channel;
        try {
            channel = new PeerChannel(socket, config.readTimeout());
        } catch (IOException e) {
            closeQuietly(socket);
            throw new PeerException(
                    PeerFailure.IO, "cannot set up the connection to peer " + peer + ": " + e.getMessage(), e);
        }
        try {
            return handshake(channel);
        } catch (IOException e) {
            channel.close();
            throw Failures.translate(e, channel, peer, "the handshake");
        }
    }

    private SocketChannel openSocket(InetSocketAddress address) throws PeerException {
        SocketChannel socket;
        try {
            socket = SocketChannel.open();
        } catch (IOException e) {
            throw new PeerException(PeerFailure.IO, "cannot open a socket: " + e.getMessage(), e);
        }
        try {
            socket.socket()
                    .connect(address, (int) Math.max(1, config.connectTimeout().toMillis()));
            return socket;
        } catch (SocketTimeoutException e) {
            closeQuietly(socket);
            throw new PeerException(
                    PeerFailure.UNREACHABLE,
                    "peer " + peer + " did not answer within connect_timeout ("
                            + config.connectTimeout().toMillis() + " ms): check the address, routes and firewalls",
                    e);
        } catch (NoRouteToHostException e) {
            closeQuietly(socket);
            throw new PeerException(
                    PeerFailure.UNREACHABLE,
                    "no route to peer " + peer + ": check the address and" + " the network between the hosts",
                    e);
        } catch (ConnectException e) {
            closeQuietly(socket);
            if (String.valueOf(e.getMessage()).contains("refused")) {
                throw new PeerException(
                        PeerFailure.REFUSED,
                        "peer " + peer + " refused the connection: nothing"
                                + " listens there; is `benchctl peer` running on that host and port?",
                        e);
            }
            throw new PeerException(PeerFailure.UNREACHABLE, "cannot reach peer " + peer + ": " + e.getMessage(), e);
        } catch (SocketException e) {
            closeQuietly(socket);
            throw new PeerException(PeerFailure.UNREACHABLE, "cannot reach peer " + peer + ": " + e.getMessage(), e);
        } catch (IOException e) {
            closeQuietly(socket);
            throw new PeerException(PeerFailure.IO, "cannot connect to peer " + peer + ": " + e.getMessage(), e);
        }
    }

    private PeerConnection handshake(PeerChannel channel) throws IOException {
        Frame first = channel.readFrame(Protocol.MAX_CONTROL_PAYLOAD_BYTES);
        switch (first.type()) {
            case BUSY ->
                throw new PeerException(
                        PeerFailure.BUSY, "peer " + peer + " is busy: " + Messages.parseText(first.payload(), 0));
            case ERROR -> throw Failures.fromErrorFrame(first.payload(), peer, "the connection");
            case GREETING -> {}
            default -> throw new PeerChannel.ProtocolViolation("expected GREETING, got " + first.type());
        }
        Messages.Greeting greeting = Messages.parseGreeting(first);
        int version = Math.min(Protocol.MAX_VERSION, greeting.maxVersion());
        if (version < Protocol.MIN_VERSION || version < greeting.minVersion()) {
            throw new PeerException(
                    PeerFailure.VERSION_MISMATCH,
                    "peer " + peer + " speaks protocol versions "
                            + greeting.minVersion() + ".." + greeting.maxVersion() + ", this benchctl speaks "
                            + Protocol.MIN_VERSION + ".." + Protocol.MAX_VERSION
                            + ": run the same benchctl version on both hosts");
        }
        PeerToken token = config.token();
        if (greeting.authRequired() && token == null) {
            throw new PeerException(
                    PeerFailure.AUTH_FAILED,
                    "peer " + peer + " requires a token: set token_file"
                            + " to a file holding the token given to the peer's --token-file");
        }
        byte[] runId = config.runId();
        byte[] nonce = Auth.nonce(Protocol.NONCE_BYTES);
        byte[] mac =
                greeting.authRequired() ? Auth.clientMac(token, version, greeting.nonce(), nonce, runId) : new byte[0];
        channel.writeFrame(FrameType.HELLO, Messages.hello(new Messages.Hello(version, runId, nonce, mac)));
        Frame reply = channel.readFrame(Protocol.MAX_CONTROL_PAYLOAD_BYTES);
        if (reply.type() == FrameType.ERROR) {
            throw Failures.fromErrorFrame(reply.payload(), peer, "the connection");
        }
        if (reply.type() != FrameType.WELCOME) {
            throw new PeerChannel.ProtocolViolation("expected WELCOME, got " + reply.type());
        }
        if (greeting.authRequired()) {
            ByteBuffer in = reply.reader();
            byte[] proof = new byte[in.remaining() == 1 + Auth.MAC_BYTES ? Auth.MAC_BYTES : 0];
            if (in.remaining() > 0) {
                in.get();
                in.get(proof, 0, Math.min(proof.length, in.remaining()));
            }
            if (!Auth.matches(Auth.serverProof(token, greeting.nonce(), nonce), proof)) {
                throw new PeerException(
                        PeerFailure.AUTH_FAILED,
                        "peer " + peer + " could not prove it knows the"
                                + " token: it is not the peer you configured, or token_file differs from its --token-file");
            }
        }
        channel.setVersion(version);
        return new PeerConnection(channel, peer, greeting.capabilities());
    }

    private static void closeQuietly(SocketChannel socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // the descriptor is released either way
        }
    }
}
