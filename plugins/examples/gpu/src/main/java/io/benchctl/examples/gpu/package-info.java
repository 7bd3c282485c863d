/**
 * Example module built from {@code plugin-template}: a GPU inventory through the host's OSHI,
 * showing a plugin that uses a library the host provides.
 *
 * <p>An example to copy, not an API.
 */
package io.benchctl.examples.gpu;
