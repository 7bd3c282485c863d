package io.benchctl.api.report;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Where a workload is in its lifecycle. Terminal phases are DONE, FAILED and SKIPPED.
 *
 * <p>PLAN and CLOSE are never reported to {@link RunListener#phaseChanged}: they only name where
 * an {@link io.benchctl.api.result.ErrorInfo} happened, when a module's plan failed before any
 * workload existed or a workload's close step failed. A switch over this enum needs a branch for
 * them (or a default).
 *
 * <p>Result files spell a phase by its {@link #id()}: the lower-case name, except RUNNING, which
 * is {@code run} (the name of the lifecycle step).
 */
@API(status = STABLE, since = "1.0")
public enum Phase {
    /** The module planned its workloads; only an error names this phase. */
    PLAN("plan"),
    PENDING("pending"),
    INIT("init"),
    WARMUP("warmup"),
    RUNNING("run"),
    COOLDOWN("cooldown"),
    /** The workload's close step; only an error names this phase. */
    CLOSE("close"),
    DONE("done"),
    FAILED("failed"),
    SKIPPED("skipped");

    private final String id;

    Phase(String id) {
        this.id = id;
    }

    public boolean isTerminal() {
        return this == DONE || this == FAILED || this == SKIPPED;
    }

    /** The phase as result files spell it, e.g. {@code init}, {@code run}. */
    public String id() {
        return id;
    }

    /**
     * The phase a result file spells {@code id}.
     *
     * @throws IllegalArgumentException naming the value and the known phases when there is none
     */
    public static Phase fromId(String id) {
        for (Phase phase : values()) {
            if (phase.id.equals(id)) {
                return phase;
            }
        }
        throw new IllegalArgumentException("unknown phase '" + id + "' (known: "
                + Arrays.stream(values()).map(Phase::id).collect(Collectors.joining(", ")) + ")");
    }
}
