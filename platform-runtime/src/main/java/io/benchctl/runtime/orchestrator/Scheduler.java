package io.benchctl.runtime.orchestrator;

import io.benchctl.api.CancellationToken;
import io.benchctl.api.Resource;
import io.benchctl.api.result.WorkloadResult;
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

    private record Done(int index, WorkloadResult result) {}

    private Scheduler() {}

    /**
     * @param onSkipped makes the result of a workload that never started because the run was cancelled
     * @return results in plan order
     */
    static List<WorkloadResult> run(
            List<PlannedWorkload> plan,
            int maxParallel,
            boolean allowConflicts,
            Function<PlannedWorkload, WorkloadResult> execute,
            Function<PlannedWorkload, WorkloadResult> onSkipped,
            CancellationToken cancellation)
            throws InterruptedException {
        WorkloadResult[] results = new WorkloadResult[plan.size()];
        LinkedList<Integer> pending = new LinkedList<>();
        for (int i = 0; i < plan.size(); i++) {
            pending.add(i);
        }
        List<Integer> running = new ArrayList<>();
        LinkedBlockingQueue<Done> finished = new LinkedBlockingQueue<>();

        while (!pending.isEmpty() || !running.isEmpty()) {
            if (cancellation.isCancelled()) {
                for (int index : pending) {
                    results[index] = onSkipped.apply(plan.get(index));
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
                            .start(() -> finished.add(new Done(index, execute.apply(workload))));
                }
            }
            if (running.isEmpty()) {
                continue;
            }
            Done done = finished.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            if (done != null) {
                running.remove(Integer.valueOf(done.index()));
                results[done.index()] = done.result();
            }
        }
        return List.of(results);
    }

    private static boolean conflicts(PlannedWorkload candidate, List<PlannedWorkload> plan, List<Integer> running) {
        Set<Resource> busy = EnumSet.noneOf(Resource.class);
        running.forEach(i -> busy.addAll(plan.get(i).resources()));
        return candidate.resources().stream().anyMatch(busy::contains);
    }
}
