package io.benchctl.runtime.cli;

import io.benchctl.runtime.jfr.FlightRecording;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code run --jfr FILE}: a Java Flight Recorder recording of the run, with an
 * {@code io.benchctl.Phase} event per lifecycle step, an {@code io.benchctl.Iteration} event per
 * iteration and the workloads' {@code io.benchctl.Span}s, beside the JDK's own default events.
 */
final class JfrOption {

    @Option(
            names = "--jfr",
            paramLabel = "FILE",
            description = "Record phases, iterations and spans as Java Flight Recorder events into FILE "
                    + "(read it with jfr print --events io.benchctl.Iteration FILE, or JDK Mission Control).")
    Path file;

    private FlightRecording recording;

    /**
     * Starts the recording, if asked for.
     *
     * @throws UserException exit 2 when FILE's folder does not exist or the recorder cannot start
     */
    void start() {
        if (file == null) {
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserException(ExitCodes.USAGE, "--jfr " + file + ": no such folder " + folder);
        }
        try {
            recording = FlightRecording.start(file);
        } catch (IOException | IllegalStateException | SecurityException e) {
            throw new UserException(ExitCodes.USAGE, "--jfr " + file + ": " + e.getMessage());
        }
    }

    /** Stops the recording and writes FILE; a failure is reported on {@code err}, not thrown: the results stand. */
    void stop(PrintWriter err) {
        if (recording == null) {
            return;
        }
        try {
            recording.close();
        } catch (IOException | IllegalStateException e) {
            err.println("benchctl: --jfr " + file + ": could not write the recording: " + e.getMessage());
            err.flush();
        } finally {
            recording = null;
        }
    }
}
