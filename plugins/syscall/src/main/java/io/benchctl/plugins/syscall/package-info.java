/**
 * The {@code syscall} module: pipe ping-pong round trips and the cost of a null system call,
 * through libc by FFM.
 *
 * <p>Internal to the plugin: the runtime finds its extension through PF4J's index, and no other
 * code calls these classes.
 */
@API(status = INTERNAL, since = "1.0")
package io.benchctl.plugins.syscall;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
