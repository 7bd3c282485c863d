/**
 * The in-process accuracy driver of {@code bench/}: plans and drives the first-party plugin
 * classes with the runtime's recorder and thread pinning, for side-by-side runs against the
 * reference tools (docs/measurement.md).
 *
 * <p>A benchmarking tool of this repository, not shipped.
 */
@API(status = INTERNAL, since = "1.0")
package io.benchctl.bench;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
