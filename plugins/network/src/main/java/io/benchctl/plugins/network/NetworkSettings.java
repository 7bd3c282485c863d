package io.benchctl.plugins.network;

import io.benchctl.api.Settings;
import io.benchctl.peer.PeerAddress;
import io.benchctl.peer.PeerToken;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The module's settings, parsed and checked together once at plan time so that a mistake stops
 * the run before anything starts.
 */
record NetworkSettings(
        boolean loopback,
        PeerAddress peer,
        PeerToken token,
        List<Integer> streams,
        List<Integer> messageBytes,
        int retries,
        Duration connectTimeout,
        Duration connectRetryWindow,
        String peerCommand,
        List<String> workloads) {

    /** A client that waits longer than this for its peer is waiting for a peer that is not coming. */
    static final Duration MAX_RETRY_WINDOW = Duration.ofMinutes(30);

    static NetworkSettings parse(Settings settings) {
        boolean loopback = !"peer".equals(settings.getString("mode"));
        String peerCommand = settings.has("peer_command")
                ? settings.getString("peer_command").strip()
                : "";
        if (loopback && !peerCommand.isEmpty()) {
            throw new IllegalArgumentException("modules.network.peer_command is set but mode is \"loopback\":"
                    + " set mode = \"peer\" to test against the peer it starts");
        }
        PeerAddress peer;
        try {
            peer = PeerAddress.parse(settings.getString("peer"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("modules.network.peer: " + e.getMessage());
        }
        String tokenFile =
                settings.has("token_file") ? settings.getString("token_file").strip() : "";
        PeerToken token = loopback || tokenFile.isEmpty() ? null : PeerToken.readFile(expandHome(tokenFile));
        Duration connectTimeout = settings.getDuration("connect_timeout");
        if (connectTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("modules.network.connect_timeout must be at least 1ms, got "
                    + settings.getString("connect_timeout"));
        }
        Duration retryWindow =
                settings.has("connect_retry_window") ? settings.getDuration("connect_retry_window") : Duration.ZERO;
        if (retryWindow.isNegative() || retryWindow.compareTo(MAX_RETRY_WINDOW) > 0) {
            throw new IllegalArgumentException("modules.network.connect_retry_window must be between 0s and 30m, got "
                    + settings.getString("connect_retry_window"));
        }
        return new NetworkSettings(
                loopback,
                peer,
                token,
                settings.getLongList("streams").stream().map(Math::toIntExact).toList(),
                settings.getBytesList("message_bytes").stream()
                        .map(NetworkSettings::messageSize)
                        .toList(),
                Math.toIntExact(settings.getLong("retries")),
                connectTimeout,
                retryWindow,
                peerCommand,
                settings.getStringList("workloads"));
    }

    private static int messageSize(long bytes) {
        if (bytes < 1 || bytes > 4 << 20) {
            throw new IllegalArgumentException("modules.network.message_bytes: " + bytes + " is outside 1..4MiB");
        }
        return (int) bytes;
    }

    static Path expandHome(String path) {
        if (path.equals("~") || path.startsWith("~/")) {
            return Path.of(System.getProperty("user.home") + path.substring(1));
        }
        return Path.of(path);
    }
}
