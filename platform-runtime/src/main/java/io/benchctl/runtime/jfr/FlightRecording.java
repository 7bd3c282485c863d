package io.benchctl.runtime.jfr;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.runtime.result.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.apiguardian.api.API;

/**
 * The recording of {@code benchctl run --jfr FILE}: started before the first workload with the
 * JDK's {@code default} settings (the low-overhead set meant for production, so that GC, CPU load
 * and thread events sit beside ours) plus every {@code io.benchctl.*} event, and dumped to FILE
 * when the run ends. {@code jfr print --events io.benchctl.Iteration FILE} and JDK Mission Control
 * read it.
 */
@API(status = INTERNAL, since = "1.3")
public final class FlightRecording implements AutoCloseable {
    /** Whether a recording is on: what {@link WorkloadTrace} checks before it touches an event. */
    private static volatile boolean on;

    private final Recording recording;
    private final Path file;

    private FlightRecording(Recording recording, Path file) {
        this.recording = recording;
        this.file = file;
    }

    static boolean on() {
        return on;
    }

    /**
     * @throws IOException when the JDK's default settings cannot be read
     */
    public static FlightRecording start(Path file) throws IOException {
        Recording recording;
        try {
            recording = new Recording(Configuration.getConfiguration("default"));
        } catch (ParseException e) {
            throw new IOException("the JDK's default flight-recorder settings are unreadable: " + e.getMessage(), e);
        }
        recording.setName("benchctl");
        for (Class<? extends jdk.jfr.Event> type :
                java.util.List.of(PhaseEvent.class, IterationEvent.class, SpanEvent.class)) {
            recording.enable(type).withoutStackTrace().withThreshold(java.time.Duration.ZERO);
        }
        recording.start();
        on = true;
        return new FlightRecording(recording, file);
    }

    /** Stops the recording and writes it to the file (atomically, with the umask's mode). */
    @Override
    public void close() throws IOException {
        on = false;
        Path temp = Files.createTempFile("benchctl-", ".jfr");
        try {
            recording.stop();
            recording.dump(temp);
            AtomicFiles.write(file, Files.readAllBytes(temp));
        } finally {
            recording.close();
            Files.deleteIfExists(temp);
        }
    }
}
