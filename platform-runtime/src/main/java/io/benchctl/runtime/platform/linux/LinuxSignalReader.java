package io.benchctl.runtime.platform.linux;

import io.benchctl.runtime.platform.SignalSource;
import java.util.List;
import java.util.Map;

/**
 * Some of the monitor's signals, read from one kind of source. A reader takes its first reading
 * when it is made; each {@link #sample} reads again and puts the values over the interval since
 * the previous reading. Used by one thread.
 */
interface LinuxSignalReader {

    /** The signals this reader gives, each available or saying why not. */
    List<SignalSource> sources();

    /**
     * Reads again and puts each available signal's value over the interval into {@code into}; a
     * source that fails this time puts nothing.
     *
     * @param elapsedSeconds the time since the previous reading, more than zero
     */
    void sample(double elapsedSeconds, Map<String, Double> into);
}
