/**
 * The one benchctl test kit: {@link io.benchctl.testkit.ModuleTestKit} runs a whole module
 * ({@code forModule}) or a single workload ({@code forWorkload}) through the real runtime, the
 * same profile loader, orchestrator, workload executor, time limits, recorder and statistics as
 * {@code benchctl run}, and returns a {@link io.benchctl.testkit.ModuleRun} with the result, the
 * exit code and every listener {@link io.benchctl.testkit.RunEvent}. A
 * {@link io.benchctl.testkit.RecordingRecorder} may observe the raw measured values beside the
 * runtime's recorder, and {@link io.benchctl.testkit.TestSettings} reads settings with the
 * runtime's grammar for direct {@code plan} calls. There are no fake contexts here (adr/0007).
 */
package io.benchctl.testkit;
