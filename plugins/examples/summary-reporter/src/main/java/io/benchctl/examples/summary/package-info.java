/**
 * Example reporter built from {@code plugin-template}: writes {@code <runId>.summary.txt}, one
 * line per workload with its status and headline figure.
 *
 * <p>An example to copy, not an API.
 */
@API(status = INTERNAL, since = "1.0")
package io.benchctl.examples.summary;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
