/**
 * What a plugin may ask of the operating system below the JDK, through the runtime's platform
 * layer ({@code WorkloadContext.platform()}): page-cache control and direct I/O for disk
 * workloads, the socket facts a network workload records. The runtime picks one layer per
 * process (Linux, macOS or portable pure JDK); a capability the layer cannot offer falls back and
 * records a warning on the workload that asked, so a figure is never silently measured under
 * other conditions (adr/0018).
 */
@API(status = EXPERIMENTAL, since = "1.3")
package io.benchctl.api.platform;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
