/**
 * Running a profile: planning workloads, scheduling them under the resource guardrails, driving
 * each through its lifecycle with a supervisor and time limits, journalling each finished workload,
 * and handing the result to the reporters (adr/0001, adr/0003).
 *
 * <p>Internal to the runtime.
 */
@API(status = INTERNAL, since = "1.0")
package io.benchctl.runtime.orchestrator;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
