package io.benchctl.runtime.platform.linux;

import io.benchctl.api.platform.SocketFacts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** TCP buffer autotuning bounds from /proc/sys/net/ipv4. */
final class LinuxSocketFacts implements SocketFacts {

    @Override
    public Optional<String> tcpBufferAutotuning() {
        return Optional.of("tcp_wmem " + sysctl("tcp_wmem") + ", tcp_rmem " + sysctl("tcp_rmem"));
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
