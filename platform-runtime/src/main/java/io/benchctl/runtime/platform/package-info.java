/**
 * What the runtime asks of the operating system, one capability per interface, so that code
 * reading {@code /proc} and {@code /sys} lives in {@code .linux} and every other host gets the
 * {@code .portable} answer ("unavailable", with why) instead of a wrong number.
 */
@API(status = INTERNAL, since = "1.3")
package io.benchctl.runtime.platform;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
