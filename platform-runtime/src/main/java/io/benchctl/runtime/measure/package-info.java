/**
 * Recording and summarising one workload's samples: the
 * {@link io.benchctl.runtime.measure.WorkloadRecorder} behind a workload's recorder, per-metric
 * series, HdrHistogram latencies, sample statistics (mean, stddev, percentiles) and the confidence
 * interval of the median, and the timer's resolution.
 *
 * <p>Internal to the runtime: plugins record through {@code io.benchctl.api.Recorder}.
 */
@API(status = INTERNAL, since = "1.0")
package io.benchctl.runtime.measure;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
