/**
 * Runs one benchmark module through the real runtime inside a unit test, like JUnit's
 * {@code EngineTestKit}: settings validated by the profile loader, workloads planned and driven
 * through the whole lifecycle, and every reporter event kept for assertions.
 *
 * <p>Experimental: for plugin authors' tests; it may change in a minor release.
 */
@API(status = EXPERIMENTAL, since = "1.0")
package io.benchctl.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
