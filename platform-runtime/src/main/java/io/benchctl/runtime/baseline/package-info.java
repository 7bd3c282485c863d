/**
 * {@code benchctl baseline export} and {@code compare}: a baseline holds each metric's samples
 * and histograms from one or more runs, and a comparison gives every metric a verdict (regressed,
 * improved, unchanged, inconclusive) from a threshold and the significance tests (adr/0004),
 * printed as text, Markdown or JSON.
 *
 * <p>Experimental: the baseline file format and report layouts may change in a minor release.
 */
@API(status = EXPERIMENTAL, since = "1.0")
package io.benchctl.runtime.baseline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
