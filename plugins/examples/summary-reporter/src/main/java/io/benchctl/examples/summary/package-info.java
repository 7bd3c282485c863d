/**
 * Example reporter built from {@code plugin-template}: writes {@code <runId>.summary.txt}, one
 * line per workload with its status and headline figure.
 *
 * <p>An example to copy, not an API.
 */
package io.benchctl.examples.summary;
