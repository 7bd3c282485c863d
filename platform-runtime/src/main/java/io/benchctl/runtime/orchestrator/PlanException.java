package io.benchctl.runtime.orchestrator;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** A module refused its settings while planning: a user error, reported before anything runs. */
@API(status = INTERNAL, since = "1.0")
public final class PlanException extends Exception {
    public PlanException(String message) {
        super(message);
    }
}
