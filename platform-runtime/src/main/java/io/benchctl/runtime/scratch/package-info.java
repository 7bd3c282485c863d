/**
 * The scratch space workloads write into: per-run folders with a lock file naming their owner,
 * quota and free-space checks before a byte is written, removal when the run ends, fails or is
 * interrupted, and removal on the next start of folders whose owner died.
 *
 * <p>Internal to the runtime: plugins use {@code io.benchctl.api.ScratchSpace}.
 */
@API(status = INTERNAL, since = "1.0")
package io.benchctl.runtime.scratch;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
