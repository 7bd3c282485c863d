package io.benchctl.runtime.orchestrator;

import io.benchctl.api.CancellationToken;
import io.benchctl.api.Resource;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/**
 * Starts workloads in plan order, at most {@code maxParallel} at once, and never two that share a
 * {@link Resource} unless conflicts are allowed. Sequential is the case {@code maxParallel = 1}.
 * A workload that cannot start now because of a conflict waits; later ones that do not conflict
 * may start before it (greedy in plan order).
 */
final class Scheduler {

    private record Done<T>(int index, T result) {}

    private Scheduler() {}

    /**
     * @param onSkipped makes the result of a workload that never started because the run was cancelled
     * @return results in plan order
     */
    static <T> List<T> run(
            List<PlannedWorkload> plan,
            int maxParallel,
            boolean allowConflicts,
            Function<PlannedWorkload, T> execute,
            Function<PlannedWorkload, T> onSkipped,
            CancellationToken cancellation)
            throws InterruptedException {
        List<T> results = new ArrayList<>(java.util.Collections.nCopies(plan.size(), null));
        LinkedList<Integer> pending = new LinkedList<>();
        for (int i = 0; i < plan.size(); i++) {
            pending.add(i);
        }
        List<Integer> running = new ArrayList<>();
        LinkedBlockingQueue<Done<T>> finished = new LinkedBlockingQueue<>();

        while (!pending.isEmpty() || !running.isEmpty()) {
            if (cancellation.isCancelled()) {
                for (int index : pending) {
                    results.set(index, onSkipped.apply(plan.get(index)));
                }
                pending.clear();
            }
            for (var it = pending.iterator(); it.hasNext() && running.size() < Math.max(1, maxParallel); ) {
                int index = it.next();
                if (allowConflicts || !conflicts(plan.get(index), plan, running)) {
                    it.remove();
                    running.add(index);
                    PlannedWorkload workload = plan.get(index);
                    Thread.ofPlatform()
                            .name("benchctl-sched-" + workload.id())
                            .start(() -> finished.add(new Done<>(index, execute.apply(workload))));
                }
            }
            if (running.isEmpty()) {
                continue;
            }
            Done<T> done = finished.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            if (done != null) {
                running.remove(Integer.valueOf(done.index()));
                results.set(done.index(), done.result());
            }
        }
        return results;
    }

    private static boolean conflicts(PlannedWorkload candidate, List<PlannedWorkload> plan, List<Integer> running) {
        Set<Resource> busy = EnumSet.noneOf(Resource.class);
        running.forEach(i -> busy.addAll(plan.get(i).resources()));
        return candidate.resources().stream().anyMatch(busy::contains);
    }
}
