package io.benchctl.runtime.orchestrator;

import io.benchctl.api.report.Phase;
import io.benchctl.api.result.ErrorCode;
import io.benchctl.api.result.ErrorInfo;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.runtime.config.RunSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Runs every workload's rounds in the run's order on the run's schedule. {@code grouped}: the
 * scheduler runs each workload's rounds back to back, as one task. {@code interleaved} and
 * {@code random}: round 1 of every workload, then round 2, …, each round scheduled on its own
 * (on a parallel schedule workloads of one round may overlap; a round starts when the one before
 * it has ended). A workload's one result is made, and handed to {@code finished} (the journal),
 * after its last round, or after the round that failed it: later rounds skip it.
 */
final class RoundRunner {
    private final RunSettings run;
    private final WorkloadExecutor executor;
    private final RunCancellation cancellation;
    private final Function<WorkloadResult, WorkloadResult> finished;
    private final Function<PlannedWorkload, WorkloadResult> notStarted;
    private final Long seed;

    /**
     * @param finished journals a workload's result when it is complete
     * @param notStarted the result of a workload the cancellation stopped before its first round
     */
    RoundRunner(
            RunSettings run,
            WorkloadExecutor executor,
            RunCancellation cancellation,
            Function<WorkloadResult, WorkloadResult> finished,
            Function<PlannedWorkload, WorkloadResult> notStarted) {
        this.run = run;
        this.executor = executor;
        this.cancellation = cancellation;
        this.finished = finished;
        this.notStarted = notStarted;
        this.seed = RoundOrder.seed(run);
    }

    /** @return one result per workload, in plan order */
    List<WorkloadResult> run(List<PlannedWorkload> plan, int lanes) throws InterruptedException {
        if ("grouped".equals(run.order())) {
            return Scheduler.run(
                    plan,
                    lanes,
                    run.allowConflicts(),
                    workload -> allRounds(workload, plan.indexOf(workload)),
                    notStarted.andThen(finished),
                    cancellation);
        }
        Map<String, Integer> indexOf = new HashMap<>();
        plan.forEach(workload -> indexOf.put(workload.id(), indexOf.size()));
        Map<Integer, WorkloadRun> states = new ConcurrentHashMap<>();
        Map<Integer, WorkloadResult> results = new ConcurrentHashMap<>();
        List<List<Integer>> orders = RoundOrder.orders(plan.size(), run.rounds(), run.order(), seed);
        for (int round = 0; round < run.rounds() && !cancellation.isCancelled(); round++) {
            List<Integer> order = orders.get(round);
            List<PlannedWorkload> sequence = order.stream()
                    .filter(i -> !results.containsKey(i))
                    .map(plan::get)
                    .toList();
            int r = round;
            Scheduler.run(
                    sequence,
                    lanes,
                    run.allowConflicts(),
                    workload -> {
                        int index = indexOf.get(workload.id());
                        WorkloadRun state = states.computeIfAbsent(index, i -> new WorkloadRun(workload));
                        if (turn(state, workload, new Turn(r, order.indexOf(index), r == run.rounds() - 1))) {
                            results.put(index, finished.apply(executor.result(state, seed)));
                        }
                        return Boolean.TRUE;
                    },
                    workload -> Boolean.FALSE,
                    cancellation);
        }
        List<WorkloadResult> inPlanOrder = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            WorkloadResult result = results.get(i);
            WorkloadRun state = states.get(i);
            if (result == null) {
                result = state == null ? finished.apply(notStarted.apply(plan.get(i))) : interrupted(state);
            }
            inPlanOrder.add(result);
        }
        return inPlanOrder;
    }

    private WorkloadResult allRounds(PlannedWorkload workload, int position) {
        WorkloadRun state = new WorkloadRun(workload);
        for (int round = 0; round < run.rounds(); round++) {
            if (turn(state, workload, new Turn(round, position, round == run.rounds() - 1))) {
                return finished.apply(executor.result(state, seed));
            }
        }
        return interrupted(state);
    }

    /**
     * Runs one round of a workload (a fresh instance after the first).
     *
     * @return whether the workload is done: this was its last round, or it failed
     */
    private boolean turn(WorkloadRun state, PlannedWorkload first, Turn turn) {
        if (cancellation.isCancelled()) {
            return false;
        }
        PlannedWorkload planned;
        try {
            planned = turn.round() == 0 ? first : first.replanned();
        } catch (RuntimeException | LinkageError e) {
            state.roundEnded(
                    turn.position(),
                    state.pinnedCpus(),
                    List.of(),
                    new ErrorInfo(
                            ErrorCode.EXCEPTION,
                            Phase.PLAN,
                            "could not plan round " + (turn.round() + 1) + ": " + WorkloadExecutor.describe(e)));
            return true;
        }
        executor.round(state, planned, turn);
        return turn.last() || state.ended();
    }

    /** The result of a workload the cancellation stopped between its rounds. */
    private WorkloadResult interrupted(WorkloadRun state) {
        state.endedEarly(new ErrorInfo(
                ErrorCode.INTERRUPTED,
                Phase.PENDING,
                "interrupted by the user after " + state.roundsRun() + " of " + run.rounds() + " rounds"));
        return finished.apply(executor.result(state, seed));
    }
}
