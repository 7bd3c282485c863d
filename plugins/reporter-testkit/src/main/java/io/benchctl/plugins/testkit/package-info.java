/**
 * Test fixtures for the first-party reporters: one synthetic but realistic run with real
 * histograms, its replay as live events, and a report context over a real folder.
 *
 * <p>Internal to benchctl's own reporter tests.
 */
@API(status = INTERNAL, since = "1.0")
package io.benchctl.plugins.testkit;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
