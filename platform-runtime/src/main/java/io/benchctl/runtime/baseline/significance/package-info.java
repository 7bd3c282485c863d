/**
 * The significance tests behind a baseline verdict: the Mann-Whitney and Kolmogorov-Smirnov rank
 * tests, a seeded bootstrap confidence interval of the median's change, the run-to-run spread, and
 * the drift (PSI, Kolmogorov-Smirnov distance) between latency histograms. The same two inputs
 * always give the same answer.
 *
 * <p>Internal to the baseline comparison.
 */
@API(status = INTERNAL, since = "1.0")
package io.benchctl.runtime.baseline.significance;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
