package io.benchctl.peer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * This process's TCP sockets, from {@code /proc/self/fd} matched against {@code /proc/net/tcp*}:
 * what a hygiene test compares before and after. Unix sockets the JDK or libc open lazily for
 * their own use are not ours to account for.
 */
public final class OpenSockets {
    private OpenSockets() {}

    /** One line per open TCP socket of this process, as /proc/net/tcp shows it. */
    public static List<String> tcp() throws IOException {
        Set<String> inodes;
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            inodes = fds.map(OpenSockets::link)
                    .filter(link -> link.startsWith("socket:["))
                    .map(link -> link.substring(8, link.length() - 1))
                    .collect(Collectors.toSet());
        }
        List<String> sockets = new ArrayList<>();
        for (String table : List.of("tcp", "tcp6")) {
            Path path = Path.of("/proc/net", table);
            if (!Files.exists(path)) {
                continue;
            }
            for (String line : Files.readAllLines(path)) {
                String[] fields = line.strip().split("\\s+");
                if (fields.length > 9 && inodes.contains(fields[9])) {
                    sockets.add(table + " " + line.strip());
                }
            }
        }
        return sockets;
    }

    private static String link(Path fd) {
        try {
            return Files.readSymbolicLink(fd).toString();
        } catch (IOException e) {
            return "";
        }
    }
}
