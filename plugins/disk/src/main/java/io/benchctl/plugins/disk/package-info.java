/**
 * The {@code disk} module: sequential and random reads and writes like fio's psync engine, direct
 * or buffered from page-aligned memory, with the page cache dropped before buffered runs
 * (adr/0014).
 *
 * <p>Internal to the plugin: the runtime finds its extension through PF4J's index, and no other
 * code calls these classes.
 */
@API(status = INTERNAL, since = "1.0")
package io.benchctl.plugins.disk;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
