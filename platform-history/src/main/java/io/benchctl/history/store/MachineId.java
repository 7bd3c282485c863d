package io.benchctl.history.store;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The host id of a result that carries none: the machine id systemd and D-Bus keep, stable
 * across reboots and unique per installed system (a hostname is neither: fleets reuse them).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MachineId {

    /** Where Linux keeps it; the D-Bus copy serves systems without systemd. */
    public static final List<Path> FILES = List.of(Path.of("/etc/machine-id"), Path.of("/var/lib/dbus/machine-id"));

    private MachineId() {}

    /** This machine's id, or empty where no file has one (a bare container, another OS). */
    public static Optional<String> read() {
        for (Path file : FILES) {
            Optional<String> id = read(file);
            if (id.isPresent()) {
                return id;
            }
        }
        return Optional.empty();
    }

    /**
     * The host id to record a result under when the result and the command line name none.
     *
     * @throws HistoryException when this machine has no machine id
     */
    public static String require() {
        return read().orElseThrow(() -> new HistoryException("this machine has no machine id (" + FILES.get(0) + " or "
                + FILES.get(1) + "); name the host with --host-id"));
    }

    /** The id in one file: its first line, trimmed; empty when missing, unreadable or blank. */
    public static Optional<String> read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            int newline = text.indexOf('\n');
            String id = newline < 0 ? text : text.substring(0, newline).strip();
            return id.isEmpty() ? Optional.empty() : Optional.of(id);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
