package io.benchctl.runtime.platform.macos;

import io.benchctl.api.platform.SocketFacts;
import java.util.Optional;
import java.util.OptionalLong;

/** TCP buffer sizes and autotuning ceilings from Darwin's {@code net.inet.tcp.*} sysctls. */
final class MacSocketFacts implements SocketFacts {
    private final MacHostProbes sysctl;

    MacSocketFacts(MacHostProbes sysctl) {
        this.sysctl = sysctl;
    }

    @Override
    public Optional<String> tcpBufferAutotuning() {
        OptionalLong send = sysctl.number("net.inet.tcp.sendspace");
        OptionalLong receive = sysctl.number("net.inet.tcp.recvspace");
        if (send.isEmpty() || receive.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("net.inet.tcp.sendspace " + send.getAsLong() + ", recvspace " + receive.getAsLong()
                + ", autosndbufmax " + value("net.inet.tcp.autosndbufmax") + ", autorcvbufmax "
                + value("net.inet.tcp.autorcvbufmax"));
    }

    private String value(String name) {
        OptionalLong value = sysctl.number(name);
        return value.isPresent() ? Long.toString(value.getAsLong()) : "unknown";
    }
}
