package io.benchctl.plugins.network;

import io.benchctl.api.WorkloadContext;
import io.benchctl.peer.PeerAddress;
import io.benchctl.peer.PeerClient;
import io.benchctl.peer.PeerClientConfig;
import io.benchctl.peer.PeerConnection;
import io.benchctl.peer.PeerException;
import io.benchctl.peer.PeerFailure;
import io.benchctl.peer.PeerServer;
import io.benchctl.peer.PeerServerConfig;
import io.benchctl.peer.PeerToken;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the workloads of one plan test against. In loopback mode each workload gets its own
 * in-process peer on an ephemeral 127.0.0.1 port (with a fresh random token, so the real
 * handshake runs), started in its init and stopped in its close. In peer mode all workloads share
 * the configured peer; the {@code peer_command}, if any, starts with the first workload and stops
 * after the last, and the peer is told the run has ended (for {@code benchctl peer --once}).
 */
final class PeerTarget {
    private static final Logger log = LoggerFactory.getLogger(PeerTarget.class);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    /** Between two rounds of the client's own retries inside the retry window. */
    private static final Duration RETRY_PAUSE = Duration.ofMillis(250);

    private final NetworkSettings settings;
    private final byte[] runId = new byte[16];
    private int expectedWorkloads;
    private int releasedWorkloads;
    private volatile PeerCommandProcess command;
    /** Set once any workload has connected: from then on the peer is known to be up. */
    private volatile boolean reached;

    PeerTarget(NetworkSettings settings) {
        this.settings = settings;
        new SecureRandom().nextBytes(runId);
    }

    void expectWorkloads(int count) {
        expectedWorkloads = count;
    }

    /** A peer for one workload; close it through {@link #release}. */
    synchronized Endpoint open(int streams) throws IOException {
        if (settings.loopback()) {
            PeerToken token = PeerToken.random();
            PeerServerConfig config = PeerServerConfig.of(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), token)
                    .withMaxClients(Math.max(PeerServerConfig.DEFAULT_MAX_CLIENTS, streams + 2));
            PeerServer server = PeerServer.start(config);
            return new Endpoint(
                    client(new PeerAddress("127.0.0.1", server.address().getPort()), token), server);
        }
        if (command == null && !settings.peerCommand().isEmpty()) {
            command = PeerCommandProcess.start(settings.peerCommand());
        }
        return new Endpoint(client(settings.peer(), settings.token()), null);
    }

    private PeerClient client(PeerAddress address, PeerToken token) {
        return new PeerClient(new PeerClientConfig(
                address, token, settings.retries(), settings.connectTimeout(), READ_TIMEOUT, runId));
    }

    /**
     * Ends one workload's use of the peer. After the last planned workload, tells a remote peer the
     * run is over and stops the peer_command, whose output becomes a warning of that workload.
     */
    synchronized void release(Endpoint endpoint, WorkloadContext context) {
        if (endpoint != null && endpoint.server != null) {
            endpoint.server.close();
        }
        releasedWorkloads++;
        if (settings.loopback() || releasedWorkloads < expectedWorkloads) {
            return;
        }
        if (endpoint != null && (command == null || command.alive())) {
            try {
                new PeerClient(endpoint.client.config().withRetries(0, settings.connectTimeout()))
                        .connect()
                        .endRun();
            } catch (PeerException e) {
                log.debug("could not tell the peer the run has ended: {}", e.getMessage());
            }
        }
        if (command != null) {
            String summary = command.stop();
            command = null;
            context.warn("peer-command-output", summary);
        }
    }

    /** A connected client of one workload, and the in-process peer behind it in loopback mode. */
    final class Endpoint {
        private final PeerClient client;
        private final PeerServer server;

        Endpoint(PeerClient client, PeerServer server) {
            this.client = client;
            this.server = server;
        }

        /**
         * Connects, adding why the peer_command is gone when it is. Until the run has reached its
         * peer once, failures that may pass (refused, unreachable: the peer is still starting) are
         * retried for {@code connect_retry_window}; after that a failure is the measurement's.
         */
        PeerConnection connect() throws PeerException {
            long deadlineNanos =
                    System.nanoTime() + settings.connectRetryWindow().toNanos();
            while (true) {
                try {
                    PeerConnection connection = client.connect();
                    reached = true;
                    return connection;
                } catch (PeerException e) {
                    PeerCommandProcess current = command;
                    if (current != null && !current.alive()) {
                        throw new PeerException(e.failure(), e.getMessage() + "; " + current.describeExit(), e);
                    }
                    if (reached
                            || !e.failure().retryable()
                            || settings.connectRetryWindow().isZero()) {
                        throw e;
                    }
                    long leftNanos = deadlineNanos - System.nanoTime();
                    if (leftNanos <= 0) {
                        throw new PeerException(
                                e.failure(),
                                e.getMessage() + "; still failing at the end of modules.network.connect_retry_window ("
                                        + settings.connectRetryWindow().toMillis() + " ms)",
                                e);
                    }
                    pause(Math.min(leftNanos, RETRY_PAUSE.toNanos()));
                }
            }
        }

        private void pause(long nanos) throws PeerException {
            try {
                Thread.sleep(Duration.ofNanos(nanos));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PeerException(PeerFailure.IO, "interrupted while waiting for peer " + peer());
            }
        }

        String peer() {
            return client.config().address().toString();
        }
    }
}
