package io.benchctl.peer;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One client connection on the peer: handshake, then the workloads it asks for. */
final class PeerSession implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(PeerSession.class);

    private final PeerServer server;
    private final SocketChannel socket;
    private final long id;
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile PeerChannel channel;
    private boolean admitted;
    private byte[] runId;
    private String served = "handshake";
    private SessionWorkloads workloads;
    private UdpPeerSide udp;

    PeerSession(PeerServer server, SocketChannel socket, long id) {
        this.server = server;
        this.socket = socket;
        this.id = id;
    }

    @Override
    public void run() {
        long startNanos = System.nanoTime();
        String remote = "?";
        String outcome;
        try {
            channel = new PeerChannel(socket, server.config().handshakeTimeout());
            remote = channel.remote();
            outcome = handshake() ? serve() : "refused";
        } catch (PeerChannel.ProtocolViolation e) {
            outcome = "protocol error: " + e.getMessage();
            sendError(ErrorCode.PROTOCOL, "protocol error: " + e.getMessage());
        } catch (EOFException e) {
            outcome = "client went away (" + e.getMessage() + ")";
        } catch (IOException e) {
            outcome = describeFailure(e);
        } catch (RuntimeException e) {
            outcome = "internal error: " + e;
            log.error("session {} failed", id, e);
        } finally {
            if (channel != null) {
                channel.close();
            } else {
                closeSocket();
            }
            server.sessionEnded(this, admitted);
            ended.countDown();
        }
        // A connect-rate test opens thousands of sessions that only shake hands: those go to DEBUG.
        boolean handshakeOnly = "nothing".equals(served) && "client said bye".equals(outcome);
        long payloadBytes = workloads == null ? 0 : workloads.payloadBytes();
        if (handshakeOnly ? log.isDebugEnabled() : log.isInfoEnabled()) {
            String line = "session " + id + " from " + remote + " ended after "
                    + (System.nanoTime() - startNanos) / 1_000_000 + " ms: " + outcome + "; served " + served
                    + (payloadBytes > 0 ? ", " + payloadBytes + " payload bytes" : "");
            if (handshakeOnly) {
                log.debug(line);
            } else {
                log.info(line);
            }
        }
    }

    private String describeFailure(IOException e) {
        PeerChannel current = channel;
        if (current != null && current.timedOut()) {
            return "timed out: the client was silent for " + current.timeout().toMillis() + " ms";
        }
        if (server.closing()) {
            return "ended: the peer is stopping";
        }
        return "connection lost: " + e.getMessage();
    }

    private boolean handshake() throws IOException {
        PeerServerConfig config = server.config();
        PeerToken token = config.token();
        byte[] serverNonce = Auth.nonce(Protocol.NONCE_BYTES);
        channel.writeFrame(
                FrameType.GREETING,
                Messages.greeting(new Messages.Greeting(
                        Protocol.MIN_VERSION,
                        Protocol.MAX_VERSION,
                        server.udpPort() == null ? Protocol.CAPABILITIES & ~Protocol.CAP_UDP : Protocol.CAPABILITIES,
                        token != null,
                        serverNonce)));
        Frame frame = channel.readFrame(Protocol.MAX_CONTROL_PAYLOAD_BYTES);
        if (frame.type() != FrameType.HELLO) {
            throw new PeerChannel.ProtocolViolation("expected HELLO, got " + frame.type());
        }
        Messages.Hello hello = Messages.parseHello(frame);
        if (hello.version() < Protocol.MIN_VERSION || hello.version() > Protocol.MAX_VERSION) {
            sendError(
                    ErrorCode.VERSION_MISMATCH,
                    "this peer speaks protocol versions " + Protocol.MIN_VERSION + ".." + Protocol.MAX_VERSION
                            + ", the client asked for " + hello.version());
            return false;
        }
        if (token != null) {
            byte[] expected = Auth.clientMac(token, hello.version(), serverNonce, hello.nonce(), hello.runId());
            if (!Auth.matches(expected, hello.mac())) {
                sendError(
                        ErrorCode.AUTH_FAILED,
                        "authentication failed: the client's token does not match" + " this peer's --token-file");
                served = "auth failed";
                return false;
            }
        }
        if (!server.admitRun(hello.runId())) {
            sendError(
                    ErrorCode.BUSY, "it runs with --once and serves another client run; try again when that run ends");
            served = "once: another run";
            return false;
        }
        admitted = true;
        runId = hello.runId();
        channel.setVersion(hello.version());
        byte[] proof = token == null ? new byte[0] : Auth.serverProof(token, serverNonce, hello.nonce());
        channel.writeFrame(
                FrameType.WELCOME,
                ByteBuffer.allocate(1 + proof.length)
                        .put((byte) proof.length)
                        .put(proof)
                        .array());
        channel.setTimeout(config.idleTimeout());
        workloads = new SessionWorkloads(channel, config.maxTestDuration(), this::sendError);
        udp = new UdpPeerSide(channel, server.udpPort(), config.maxTestDuration(), this::sendError);
        served = "nothing";
        return true;
    }

    private String serve() throws IOException {
        StringBuilder names = new StringBuilder();
        while (true) {
            Frame frame = channel.readFrameOrEof(Protocol.MAX_CONTROL_PAYLOAD_BYTES);
            if (frame == null) {
                return "client closed";
            }
            switch (frame.type()) {
                case START_UPLOAD -> {
                    append(names, "upload");
                    if (!workloads.receiveUpload(Messages.exactly(frame, 4).getInt())) {
                        return "rejected";
                    }
                }
                case START_DOWNLOAD -> {
                    append(names, "download");
                    ByteBuffer in = Messages.exactly(frame, 12);
                    if (!workloads.sendDownload(in.getInt(), in.getLong())) {
                        return "rejected";
                    }
                }
                case START_UDP -> {
                    append(names, "udp");
                    if (udp.serve(frame) < 0) {
                        return "rejected";
                    }
                }
                case START_ECHO -> {
                    append(names, "echo");
                    return workloads.echo(Messages.exactly(frame, 4).getInt());
                }
                case BYE -> {
                    return "client said bye";
                }
                case END_RUN -> {
                    server.endRun(runId);
                    return "client ended its run";
                }
                default -> throw new PeerChannel.ProtocolViolation("unexpected " + frame.type() + " frame");
            }
        }
    }

    private void append(StringBuilder names, String workload) {
        if (!names.isEmpty()) {
            names.append(',');
        }
        names.append(workload);
        served = names.toString();
    }

    /** Best effort: the client may be gone already. */
    private void sendError(ErrorCode code, String message) {
        PeerChannel current = channel;
        if (current == null || !current.isOpen()) {
            return;
        }
        try {
            current.writeFrame(FrameType.ERROR, Messages.error(code, message));
        } catch (IOException e) {
            log.debug("session {}: could not send error frame: {}", id, e.getMessage());
        }
    }

    /** Ends the session from another thread (server stop): its blocked call fails at once. */
    void abort() {
        PeerChannel current = channel;
        if (current != null) {
            current.closeQuietly();
        } else {
            closeSocket();
        }
    }

    void awaitEnd(Duration timeout) {
        try {
            if (!ended.await(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                log.warn("session {} did not end within {} ms of the stop", id, timeout.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeSocket() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // the descriptor is released either way
        }
    }
}
