package io.benchctl.runtime.config;

import java.time.Duration;
import java.util.List;

public record RunSettings(String name, Duration warmup, Duration duration, Duration cooldown, int iterations,
        String schedule, int maxParallel, boolean affinity, String output, List<String> reporters,
        boolean allowConflicts, Duration phaseTimeout) {}
