package io.benchctl.plugins.network;

import io.benchctl.api.WorkloadContext;
import io.benchctl.api.format.UnitText;
import io.benchctl.peer.PeerConnection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Records the socket buffer sizes a workload ran with, since they shape TCP throughput: a fact in
 * the result's conditions, not a warning (nothing is wrong with them).
 */
final class SocketFacts {
    private SocketFacts() {}

    static void record(WorkloadContext context, PeerConnection connection, String extra) throws IOException {
        context.fact(
                "socket-buffers",
                "SO_SNDBUF " + UnitText.exactBytes(connection.sendBufferBytes()) + ", SO_RCVBUF "
                        + UnitText.exactBytes(connection.receiveBufferBytes())
                        + " per connection at set-up (Linux autotunes"
                        + " within tcp_wmem " + sysctl("tcp_wmem") + ", tcp_rmem " + sysctl("tcp_rmem") + ")" + extra);
    }

    private static String sysctl(String name) {
        // /proc files report size 0, which Files.readString takes at its word: read the stream instead
        try (InputStream in = Files.newInputStream(Path.of("/proc/sys/net/ipv4", name))) {
            return "["
                    + new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                            .strip()
                            .replaceAll("\\s+", " ") + "]";
        } catch (IOException | RuntimeException e) {
            return "[unknown]";
        }
    }
}
