package io.benchctl.history.store;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What recording one run did.
 *
 * @param added false when the run was already in the history (recording it again is a no-op)
 * @param metrics how many metrics it stored (0 when not added)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RecordOutcome(String runId, boolean added, int metrics) {}
