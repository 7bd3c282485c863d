package io.benchctl.peer;

import java.time.Duration;
import java.util.Arrays;

/**
 * Once mode's bookkeeping: the one client run (by run id) the peer serves, whether that run said
 * it has finished, and when its last session ended. Thread-safe: sessions report to it, and the
 * server's once thread asks it whether to stop.
 */
final class OnceRun {
    private byte[] runId; // guarded by this
    private boolean ended; // guarded by this
    private long lastSessionEndNanos; // guarded by this

    /** The first run to authenticate is the one served; false for a session of another run, or after the end. */
    synchronized boolean admit(byte[] clientRunId) {
        if (runId == null) {
            runId = clientRunId.clone();
        }
        return Arrays.equals(runId, clientRunId) && !ended;
    }

    /** The client of the served run said it has finished. */
    synchronized void end(byte[] clientRunId) {
        if (Arrays.equals(runId, clientRunId)) {
            ended = true;
        }
    }

    /** An admitted session ended. */
    synchronized void sessionEnded() {
        lastSessionEndNanos = System.nanoTime();
    }

    /**
     * True when no session is open and the run either said it has finished or has opened no
     * session for {@code idleTimeout} since its last one ended.
     */
    synchronized boolean isOver(int activeSessions, Duration idleTimeout) {
        boolean silent = runId != null && System.nanoTime() - lastSessionEndNanos > idleTimeout.toNanos();
        return activeSessions == 0 && (ended || silent);
    }
}
