package io.benchctl.plugins.network;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The profile's {@code peer_command}, run through {@code /bin/sh -c} before the first network
 * test and stopped after the last. Its output is logged and its tail kept for the result. A JVM
 * shutdown hook stops it too, so that an interrupted run leaves no remote-peer process behind.
 */
final class PeerCommandProcess {
    private static final Logger log = LoggerFactory.getLogger(PeerCommandProcess.class);
    /** The output kept: its start (how the peer came up) and its end (how it went down). */
    private static final int KEEP_HEAD_CHARS = 2000;

    private static final int KEEP_TAIL_CHARS = 2000;
    private static final long STOP_GRACE_MILLIS = 3000;

    private final String command;
    private final Process process;
    private final StringBuilder head = new StringBuilder();
    private final StringBuilder tail = new StringBuilder();
    private long omittedChars;
    private final Thread pump;
    private final Thread hook;

    private PeerCommandProcess(String command, Process process) {
        this.command = command;
        this.process = process;
        this.pump = Thread.ofPlatform()
                .name("benchctl-net-peer-command")
                .daemon(true)
                .start(this::pumpOutput);
        this.hook = new Thread(this::kill, "benchctl-net-peer-command-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    static PeerCommandProcess start(String command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", command)
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        try {
            Process process = builder.start();
            log.info("peer_command started (pid {}): {}", process.pid(), command);
            return new PeerCommandProcess(command, process);
        } catch (IOException e) {
            throw new IOException("cannot start peer_command `" + command + "`: " + e.getMessage(), e);
        }
    }

    private void pumpOutput() {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                log.info("peer_command: {}", line);
                keep(line + "\n");
            }
        } catch (IOException e) {
            log.debug("peer_command output ended: {}", e.getMessage());
        }
    }

    private void keep(String line) {
        synchronized (tail) {
            if (head.length() + line.length() <= KEEP_HEAD_CHARS && omittedChars == 0 && tail.isEmpty()) {
                head.append(line);
                return;
            }
            tail.append(line);
            if (tail.length() > KEEP_TAIL_CHARS) {
                int cut = tail.length() - KEEP_TAIL_CHARS;
                omittedChars += cut;
                tail.delete(0, cut);
            }
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    String output() {
        synchronized (tail) {
            String gap = omittedChars == 0 ? "" : "[... " + omittedChars + " characters omitted ...]";
            return (head + gap + tail).strip();
        }
    }

    /** Why the command is gone, for a connection failure's message. */
    String describeExit() {
        joinPump();
        String output = output();
        return "peer_command `" + command + "` exited with status " + process.exitValue()
                + (output.isEmpty() ? " and no output" : "; its output: " + output);
    }

    /** Stops the command (and what it started) and returns a summary with its output. */
    String stop() {
        boolean wasAlive = process.isAlive();
        kill();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs anyway
        }
        joinPump();
        String output = output();
        String how = wasAlive ? "stopped" : "had exited (status " + process.exitValue() + ")";
        return "peer_command `" + command + "` " + how + (output.isEmpty() ? "; no output" : "; output: " + output);
    }

    private void kill() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(STOP_GRACE_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void joinPump() {
        try {
            pump.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
