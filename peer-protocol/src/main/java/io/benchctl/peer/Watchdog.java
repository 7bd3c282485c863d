package io.benchctl.peer;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Enforces read and write timeouts on blocking socket channels, which ignore SO_TIMEOUT: a
 * channel whose current operation passes its deadline is closed, which wakes the blocked thread.
 * Blocking calls keep the fast path (one syscall per read, no selector), which matters for
 * round-trip latency.
 *
 * <p>One daemon thread per process, started with the first watched channel and ended when none
 * is left, so that nothing of the peer outlives its last connection.
 */
final class Watchdog {
    static final String THREAD_NAME = "benchctl-peer-watchdog";
    private static final long TICK_MILLIS = 20;
    private static final Watchdog INSTANCE = new Watchdog();

    private final Set<PeerChannel> watched = ConcurrentHashMap.newKeySet();
    private Thread thread; // guarded by this

    private Watchdog() {}

    static Watchdog instance() {
        return INSTANCE;
    }

    synchronized void watch(PeerChannel channel) {
        watched.add(channel);
        if (thread == null) {
            thread = Thread.ofPlatform().name(THREAD_NAME).daemon(true).start(this::loop);
        }
    }

    void unwatch(PeerChannel channel) {
        watched.remove(channel);
    }

    private void loop() {
        while (true) {
            try {
                Thread.sleep(TICK_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (this) {
                if (watched.isEmpty()) {
                    thread = null;
                    return;
                }
            }
            long nowNanos = System.nanoTime();
            for (PeerChannel channel : watched) {
                channel.expireIfPastDeadline(nowNanos);
            }
        }
    }
}
