/**
 * Java Flight Recorder events for phases, iterations and plugin spans ({@code io.benchctl.*}),
 * and the recording {@code benchctl run --jfr FILE} starts and dumps. The only package that uses
 * {@code jdk.jfr}: the events cost a field check when no recording is on.
 */
package io.benchctl.runtime.jfr;
