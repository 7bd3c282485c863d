package io.benchctl.runtime.scratch;

import io.benchctl.runtime.platform.HostProbes;
import io.benchctl.runtime.platform.Platforms;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * The owner of a scratch folder, written into it as {@code benchctl.lock}.
 *
 * <p>A pid alone is not enough to call an owner dead: pids are reused, and a folder on a shared
 * mount may belong to another host or another container (another pid namespace), where our
 * process table says nothing. So the lock also holds the process start time, the host name and
 * the pid namespace, and only an owner from our own host and namespace can be judged.
 *
 * @param pid the owning process
 * @param startMillis the owner's start time (epoch ms), or -1 if the OS did not tell
 * @param host the owner's host name
 * @param pidNamespace the owner's pid namespace (e.g. {@code pid:[4026531836]}), or empty
 */
record LockFile(long pid, long startMillis, String host, String pidNamespace) {
    static final String NAME = "benchctl.lock";

    /** Start times read twice from the OS can differ by rounding; pid reuse within this is moot. */
    private static final Duration START_TOLERANCE = Duration.ofSeconds(1);

    /** What we can say about a lock's owner from this process. */
    enum Owner {
        ALIVE,
        DEAD,
        /** Another host or pid namespace: not ours to judge. */
        UNKNOWN
    }

    static LockFile ofCurrentProcess() {
        return ofCurrentProcess(Platforms.current().host());
    }

    /** This process as {@code host} (the platform layer's probes) names its host and pid namespace. */
    static LockFile ofCurrentProcess(HostProbes host) {
        ProcessHandle self = ProcessHandle.current();
        return new LockFile(
                self.pid(),
                startMillisOf(self),
                host.hostname().orElse("unknown"),
                host.pidNamespace().orElse(""));
    }

    void writeTo(Path folder) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("pid", Long.toString(pid));
        properties.setProperty("startMillis", Long.toString(startMillis));
        properties.setProperty("host", host);
        properties.setProperty("pidNamespace", pidNamespace);
        StringWriter text = new StringWriter();
        properties.store(text, "benchctl scratch folder owner; removed with the folder");
        Files.writeString(folder.resolve(NAME), text.toString(), StandardCharsets.UTF_8);
    }

    /** The lock in {@code folder}, or empty when it is missing or unreadable. */
    static Optional<LockFile> readFrom(Path folder) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(folder.resolve(NAME), StandardCharsets.UTF_8)) {
            properties.load(in);
            return Optional.of(new LockFile(
                    Long.parseLong(properties.getProperty("pid")),
                    Long.parseLong(properties.getProperty("startMillis", "-1")),
                    properties.getProperty("host", ""),
                    properties.getProperty("pidNamespace", "")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    Owner owner() {
        return owner(Platforms.current().host());
    }

    /** Whether the owner lives, judged by this process as {@code probes} name its host. */
    Owner owner(HostProbes probes) {
        LockFile self = ofCurrentProcess(probes);
        if (!host.equals(self.host) || !pidNamespace.equals(self.pidNamespace)) {
            return Owner.UNKNOWN;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return Owner.DEAD;
        }
        long liveStartMillis = startMillisOf(process.get());
        boolean reused = startMillis >= 0
                && liveStartMillis >= 0
                && Math.abs(liveStartMillis - startMillis) > START_TOLERANCE.toMillis();
        return reused ? Owner.DEAD : Owner.ALIVE;
    }

    private static long startMillisOf(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(-1L);
    }
}
