/**
 * The {@code benchctl} command line (picocli): the top command, its global options, the
 * subcommands, logging set-up, interrupt handling and the exit codes every command keeps.
 *
 * <p>Internal: the command line itself, not these classes, is what users rely on.
 */
@API(status = INTERNAL, since = "1.0")
package io.benchctl.runtime.cli;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
