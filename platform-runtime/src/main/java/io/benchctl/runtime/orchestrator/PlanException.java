package io.benchctl.runtime.orchestrator;

/** A module refused its settings while planning: a user error, reported before anything runs. */
public final class PlanException extends Exception {
    public PlanException(String message) {
        super(message);
    }
}
