package io.benchctl.runtime.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logging goes to stderr only, so stdout carries nothing but results. Humans get warnings (more
 * with -v); {@code --log-json} gives one JSON object a line, with the workload id from the MDC.
 * PF4J is silenced: benchctl reports plugin faults itself, in one line each.
 */
final class Logging {
    private Logging() {}

    /** Where {@link #apply} notes what it set up, on the context it set up. */
    private static final String APPLIED = "benchctl.logging";

    static void configure(int verbosity, boolean json, boolean quiet) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        // Logback's own start has just applied the defaults (LogbackDefaults): a command without
        // logging options keeps them rather than parsing the same pattern a second time.
        if (settings(verbosity, json, quiet).equals(context.getObject(APPLIED))
                && context.getLogger(Logger.ROOT_LOGGER_NAME)
                        .iteratorForAppenders()
                        .hasNext()) {
            return;
        }
        context.reset();
        apply(context, verbosity, json, quiet);
    }

    private static String settings(int verbosity, boolean json, boolean quiet) {
        return verbosity + "," + json + "," + quiet;
    }

    /** Sets up a fresh context: also logback's own start-up configuration, see {@link LogbackDefaults}. */
    static void apply(LoggerContext context, int verbosity, boolean json, boolean quiet) {
        Encoder<ILoggingEvent> encoder;
        if (json) {
            JsonEncoder jsonEncoder = new JsonEncoder();
            jsonEncoder.setWithSequenceNumber(false);
            jsonEncoder.setWithNanoseconds(false);
            jsonEncoder.setWithContext(false);
            jsonEncoder.setWithArguments(false);
            jsonEncoder.setWithMessage(false);
            jsonEncoder.setWithFormattedMessage(true);
            encoder = jsonEncoder;
        } else {
            PatternLayoutEncoder pattern = new PatternLayoutEncoder();
            pattern.setPattern("benchctl: %level%replace( [%X{workload}]){' \\[\\]', ''} %msg%n");
            encoder = pattern;
        }
        encoder.setContext(context);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        root.setLevel(
                quiet
                        ? Level.ERROR
                        : switch (verbosity) {
                            case 0 -> json ? Level.INFO : Level.WARN;
                            case 1 -> Level.INFO;
                            default -> Level.DEBUG;
                        });
        context.getLogger("org.pf4j").setLevel(verbosity >= 2 ? Level.DEBUG : Level.OFF);
        // The history's schema tool logs every step and its own stack traces; the store reports
        // what went wrong in one line.
        context.getLogger("org.flywaydb").setLevel(verbosity >= 2 ? Level.DEBUG : Level.OFF);
        context.getLogger("oshi").setLevel(verbosity >= 2 ? Level.DEBUG : Level.ERROR);
        context.getLogger("com.networknt").setLevel(verbosity >= 2 ? Level.DEBUG : Level.ERROR);
        context.putObject(APPLIED, settings(verbosity, json, quiet));
    }
}
