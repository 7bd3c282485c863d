package io.benchctl.runtime.orchestrator;

import io.benchctl.api.result.WarningInfo;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds the threads a workload started and did not stop: they would skew every later workload. */
final class ThreadLeaks {
    private static final Logger LOG = LoggerFactory.getLogger(ThreadLeaks.class);
    private static final Duration THREAD_EXIT_GRACE = Duration.ofMillis(250);

    private ThreadLeaks() {}

    /**
     * A warning naming the threads a workload left running after close(), if any. Threads get
     * {@link #THREAD_EXIT_GRACE} to end first: a helper thread that stops on its next tick (the
     * network peer's watchdog polls every 20 ms) is not a leak.
     */
    static Optional<WarningInfo> leftRunning(ThreadGroup group, Thread worker) {
        Thread[] found = new Thread[group.activeCount() + 16];
        List<Thread> survivors = Arrays.stream(found, 0, group.enumerate(found))
                .filter(thread -> thread != worker && thread.isAlive())
                .toList();
        long deadlineNanos = System.nanoTime() + THREAD_EXIT_GRACE.toNanos();
        try {
            for (Thread thread : survivors) {
                long remainingNanos = deadlineNanos - System.nanoTime();
                if (remainingNanos > 0) {
                    thread.join(Duration.ofNanos(remainingNanos));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<String> names = survivors.stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .sorted()
                .toList();
        if (names.isEmpty()) {
            return Optional.empty();
        }
        LOG.warn("left {} thread(s) running after close: {}", names.size(), names);
        return Optional.of(new WarningInfo(
                "thread-leak",
                "the workload left " + names.size() + " thread(s) running after close: " + String.join(", ", names)));
    }
}
