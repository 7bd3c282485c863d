package io.benchctl.runtime.cli;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.peer.PeerAddress;
import io.benchctl.peer.PeerServer;
import io.benchctl.peer.PeerServerConfig;
import io.benchctl.peer.PeerToken;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code benchctl peer}: serves network tests to benchctl clients on other hosts until stopped
 * (Ctrl-C), or for one client run with {@code --once}. Exit codes: 0 after a {@code --once} run,
 * 130 on Ctrl-C (SIGINT) and 143 on SIGTERM, as for any JVM stopped by a signal (the server is
 * closed first), 1 could not listen (e.g. the port is taken), 2 usage error (bad address, token
 * file, or a non-loopback address without a token).
 */
@API(status = EXPERIMENTAL, since = "1.0")
@Command(
        name = "peer",
        mixinStandardHelpOptions = true,
        description = "Network peer for remote network tests (listens on loopback unless told otherwise).",
        sortOptions = false)
public final class PeerCommand implements Callable<Integer> {
    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--listen",
            defaultValue = "127.0.0.1:7420",
            paramLabel = "HOST:PORT",
            description = "Address to listen on, TCP and UDP (the UDP tests) on the same port number (default:"
                    + " ${DEFAULT-VALUE}). Any non-loopback address needs --token-file.")
    private String listen;

    @Option(
            names = "--token-file",
            paramLabel = "FILE",
            description = "File holding the shared token; clients prove they know it (HMAC-SHA256), it is never sent.")
    private Path tokenFile;

    @Option(
            names = "--max-clients",
            defaultValue = "8",
            paramLabel = "N",
            description = "Clients served at once; one more is told the peer is busy (default: ${DEFAULT-VALUE}).")
    private int maxClients;

    @Option(names = "--once", description = "Serve one client run, then exit.")
    private boolean once;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PeerServerConfig config;
        try {
            config = config();
        } catch (IllegalArgumentException e) {
            err.println("benchctl peer: " + e.getMessage());
            err.flush();
            return EXIT_USAGE;
        }
        PeerServer server;
        try {
            server = PeerServer.start(config);
        } catch (IllegalArgumentException e) {
            err.println("benchctl peer: " + e.getMessage());
            err.flush();
            return EXIT_USAGE;
        } catch (IOException e) {
            err.println("benchctl peer: " + e.getMessage());
            err.flush();
            return EXIT_FAILED;
        }
        Thread stopOnSignal = new Thread(server::close, "benchctl-peer-shutdown");
        Runtime.getRuntime().addShutdownHook(stopOnSignal);
        err.println("benchctl peer: listening on " + describe(server.address())
                + (config.token() == null ? " (no token: loopback clients only)" : " (token required)")
                + (once ? ", serving one client run" : "; Ctrl-C stops"));
        err.flush();
        try {
            server.awaitTermination();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.close();
            removeHook(stopOnSignal);
        }
        return EXIT_OK;
    }

    private PeerServerConfig config() {
        PeerAddress address;
        try {
            address = PeerAddress.parse(listen);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--listen " + e.getMessage());
        }
        InetSocketAddress bind;
        try {
            bind = address.resolve();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--listen: cannot resolve host '" + address.host() + "'");
        }
        if (maxClients < 1) {
            throw new IllegalArgumentException("--max-clients must be at least 1, got " + maxClients);
        }
        PeerToken token = tokenFile == null ? null : PeerToken.readFile(tokenFile);
        return PeerServerConfig.of(bind, token).withMaxClients(maxClients).withOnce(once);
    }

    private static String describe(InetSocketAddress address) {
        String host = address.getAddress().getHostAddress();
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + address.getPort();
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the JVM is exiting and runs the hook itself
        }
    }
}
