package io.benchctl.runtime.orchestrator;

/**
 * One round of one workload in the run's order.
 *
 * @param round 0-based round
 * @param position 0-based place of the workload in this round's order
 * @param last whether this is the workload's last round (the one {@code target_ci} may extend)
 */
record Turn(int round, int position, boolean last) {}
