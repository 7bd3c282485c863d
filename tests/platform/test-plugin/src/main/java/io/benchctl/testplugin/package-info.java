/**
 * Modules for the platform's own tests: a real workload, faults on demand in any lifecycle step,
 * and sleepers tagged with resources for the scheduler tests.
 *
 * <p>Test code, never shipped.
 */
package io.benchctl.testplugin;
