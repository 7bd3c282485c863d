package io.benchctl.kit.workers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.CpuAffinity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;

/**
 * A fixed set of measurement threads for one workload: platform threads (a virtual thread could
 * move between carriers mid-measurement), each pinned once through the workload's
 * {@link CpuAffinity} as thread index i, kept alive between iterations so that pinning and
 * thread start-up stay outside the measurement.
 *
 * <p>{@link #runOnAll} hands the same task to every worker and waits; workers that must step in
 * lock-step inside the task use {@link #barrier()}.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class PinnedWorkers implements AutoCloseable {

    /** A task run by every worker with its thread index. */
    @FunctionalInterface
    public interface WorkerTask<R> {
        R run(int threadIndex) throws Exception;
    }

    private final List<Thread> threads = new ArrayList<>();
    private final List<LinkedBlockingQueue<Runnable>> inboxes = new ArrayList<>();
    private final List<Integer> cpus;
    private final SpinBarrier barrier;

    /**
     * Starts {@code count} workers named {@code name-i} and waits until each has pinned itself.
     */
    public PinnedWorkers(String name, int count, CpuAffinity affinity) throws InterruptedException {
        if (count < 1) {
            throw new IllegalArgumentException("need at least one worker: " + count);
        }
        barrier = new SpinBarrier(count);
        Integer[] pinned = new Integer[count];
        List<CompletableFuture<Void>> started = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            LinkedBlockingQueue<Runnable> inbox = new LinkedBlockingQueue<>();
            CompletableFuture<Void> ready = new CompletableFuture<>();
            inboxes.add(inbox);
            started.add(ready);
            threads.add(Thread.ofPlatform().name(name + "-" + i).daemon().start(() -> {
                pinned[index] = affinity.pinCurrentThread(index);
                ready.complete(null);
                serve(inbox);
            }));
        }
        for (CompletableFuture<Void> ready : started) {
            try {
                ready.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("worker failed to start", e.getCause());
            }
        }
        cpus = List.of(pinned);
    }

    /** Number of workers. */
    public int size() {
        return threads.size();
    }

    /** The CPU each worker was pinned to, in thread order (-1 where unpinned). */
    public List<Integer> cpus() {
        return cpus;
    }

    /** The barrier shared by all workers, for tasks that step in lock-step. */
    public SpinBarrier barrier() {
        return barrier;
    }

    /**
     * Runs {@code task} on every worker at once and waits for all of them.
     *
     * @return each worker's result, in thread order
     * @throws Exception the first failure of any worker (the barrier is broken so the others stop)
     */
    public <R> List<R> runOnAll(WorkerTask<R> task) throws Exception {
        List<CompletableFuture<R>> results = new ArrayList<>();
        for (int i = 0; i < inboxes.size(); i++) {
            int index = i;
            CompletableFuture<R> result = new CompletableFuture<>();
            results.add(result);
            inboxes.get(i).add(() -> {
                try {
                    result.complete(task.run(index));
                } catch (Throwable e) {
                    barrier.breakBarrier();
                    result.completeExceptionally(e);
                }
            });
        }
        List<R> values = new ArrayList<>();
        Throwable firstFailure = null;
        for (CompletableFuture<R> result : results) {
            try {
                values.add(result.get());
            } catch (ExecutionException e) {
                if (firstFailure == null || firstFailure instanceof SpinBarrier.BrokenBarrierError) {
                    firstFailure = e.getCause();
                }
            }
        }
        if (firstFailure instanceof Exception e) {
            throw e;
        } else if (firstFailure != null) {
            throw (Error) firstFailure;
        }
        return Collections.unmodifiableList(values);
    }

    /** Stops the workers and waits for them to end. */
    @Override
    public void close() throws InterruptedException {
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    private static void serve(LinkedBlockingQueue<Runnable> inbox) {
        try {
            while (true) {
                inbox.take().run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
