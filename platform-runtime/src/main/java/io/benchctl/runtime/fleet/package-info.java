/**
 * Fleet reports: runs of one profile on many hosts merged into one document, with every host
 * side by side per metric, outlier hosts judged within groups of like hardware, fleet latency
 * percentiles from the merged histograms and a host-by-host network matrix.
 */
@API(status = EXPERIMENTAL, since = "0.1")
package io.benchctl.runtime.fleet;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
