package io.benchctl.plugins.network;

import io.benchctl.api.WorkloadContext;
import io.benchctl.api.format.UnitText;
import io.benchctl.peer.PeerConnection;
import java.io.IOException;

/** Records the socket buffer sizes a workload ran with, since they shape TCP throughput. */
final class SocketFacts {
    private SocketFacts() {}

    static void record(WorkloadContext context, PeerConnection connection, String extra) throws IOException {
        String autotuning = context.platform()
                .sockets()
                .tcpBufferAutotuning()
                .map(bounds -> " (the kernel autotunes within " + bounds + ")")
                .orElse(" (the kernel's autotuning bounds are unknown on the "
                        + context.platform().name() + " platform layer)");
        context.warn(
                "socket-buffers",
                "SO_SNDBUF " + UnitText.exactBytes(connection.sendBufferBytes()) + ", SO_RCVBUF "
                        + UnitText.exactBytes(connection.receiveBufferBytes())
                        + " per connection at set-up" + autotuning + extra);
    }
}
