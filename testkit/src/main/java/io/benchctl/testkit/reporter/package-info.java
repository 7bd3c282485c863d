/**
 * What a reporter test needs without running a module: a realistic
 * {@link io.benchctl.testkit.reporter.SampleRun} (ok, failed and skipped workloads, per-thread
 * metrics, real HdrHistograms from {@link io.benchctl.testkit.reporter.Latencies}), a
 * {@link io.benchctl.testkit.reporter.FolderReportContext} writing into a real folder, and a
 * {@link io.benchctl.testkit.reporter.LiveFeed} that plays a run's events to a listener in
 * contract order. A reporter test that needs a real run uses
 * {@link io.benchctl.testkit.ModuleTestKit} with {@code reporter(...)}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
package io.benchctl.testkit.reporter;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
