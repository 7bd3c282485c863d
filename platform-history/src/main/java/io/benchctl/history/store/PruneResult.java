package io.benchctl.history.store;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What a prune removed: runs, and the metrics and samples that went with them. */
@API(status = EXPERIMENTAL, since = "0.1")
public record PruneResult(int runs, long metrics, long samples) {}
