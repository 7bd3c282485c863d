package io.benchctl.kit.workers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apiguardian.api.API;

/**
 * Measurement threads for one timed run: platform threads (a virtual thread would pin its carrier
 * in blocking file I/O or a blocking system call and share it with others), released together, all joined before the run
 * returns so none outlives it.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class JobThreads<T> {
    private final String namePrefix;
    private final CountDownLatch go = new CountDownLatch(1);
    private final List<Thread> threads = new ArrayList<>();
    private final List<FutureTask<T>> tasks = new ArrayList<>();

    /** Threads named {@code namePrefix-jobN}. */
    public JobThreads(String namePrefix) {
        this.namePrefix = namePrefix;
    }

    /** Starts a thread that runs {@code body} once every thread has been started. */
    public void start(Callable<T> body) {
        FutureTask<T> task = new FutureTask<>(() -> {
            go.await();
            return body.call();
        });
        tasks.add(task);
        threads.add(
                Thread.ofPlatform().name(namePrefix + "-job" + threads.size()).start(task));
    }

    /**
     * Releases the threads and waits for all of them, calling {@code onTick} every
     * {@code tickMillis} meanwhile.
     *
     * @return each thread's result, in start order
     * @throws Exception the first failure of a thread, once all have ended
     */
    public List<T> awaitAll(long tickMillis, Runnable onTick) throws Exception {
        go.countDown();
        try {
            for (Thread thread : threads) {
                while (!thread.join(Duration.ofMillis(tickMillis))) {
                    onTick.run();
                }
            }
        } catch (InterruptedException e) {
            threads.forEach(Thread::interrupt);
            for (Thread thread : threads) {
                thread.join();
            }
            throw e;
        }
        List<T> results = new ArrayList<>();
        for (FutureTask<T> task : tasks) {
            try {
                results.add(task.get());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Exception cause) {
                    throw cause;
                }
                throw e;
            }
        }
        return results;
    }
}
