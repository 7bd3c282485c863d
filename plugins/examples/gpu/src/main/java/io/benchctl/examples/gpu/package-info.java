/**
 * Example module built from {@code plugin-template}: a GPU inventory through the host's OSHI,
 * showing a plugin that uses a library the host provides.
 *
 * <p>An example to copy, not an API.
 */
@API(status = INTERNAL, since = "1.0")
package io.benchctl.examples.gpu;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
