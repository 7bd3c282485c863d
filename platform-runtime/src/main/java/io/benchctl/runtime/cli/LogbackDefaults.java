package io.benchctl.runtime.cli;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logback's start-up configuration, found through {@code META-INF/services}: the same set-up
 * {@link Logging} applies for a command without options (warnings to stderr, PF4J silent), in
 * code. A {@code logback.xml} would cost an XML parser and Joran on every start, for the short
 * time before {@link Logging#configure} replaces it anyway.
 */
public final class LogbackDefaults extends ContextAwareBase implements Configurator {
    /** Logback instantiates configurators reflectively. */
    public LogbackDefaults() {}

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        Logging.apply(context, 0, false, false);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
