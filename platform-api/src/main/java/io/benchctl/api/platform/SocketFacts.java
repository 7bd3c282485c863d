package io.benchctl.api.platform;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;

/** What the host's network stack says about socket buffers, which shape TCP throughput. */
@API(status = EXPERIMENTAL, since = "1.3")
public interface SocketFacts {

    /**
     * The bounds within which the kernel autotunes TCP buffers, as it states them (Linux:
     * {@code tcp_wmem [4096 16384 4194304], tcp_rmem [4096 131072 6291456]}); empty where this
     * layer cannot read them.
     */
    Optional<String> tcpBufferAutotuning();
}
