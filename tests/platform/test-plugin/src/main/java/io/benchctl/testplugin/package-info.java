/**
 * Modules for the platform's own tests: a real workload, faults on demand in any lifecycle step,
 * and sleepers tagged with resources for the scheduler tests.
 *
 * <p>Test code, never shipped.
 */
@API(status = INTERNAL, since = "1.0")
package io.benchctl.testplugin;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
