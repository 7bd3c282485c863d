package io.benchctl.runtime.platform;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.api.platform.FileIo;
import io.benchctl.api.platform.PageCache;
import io.benchctl.api.platform.Platform;
import io.benchctl.api.platform.SocketFacts;
import org.apiguardian.api.API;

/** The {@link Platform} one workload sees: a layer's capabilities, bound to that workload's warnings. */
@API(status = INTERNAL, since = "1.3")
public record WorkloadPlatform(String name, FileIo files, PageCache pageCache, SocketFacts sockets)
        implements Platform {}
