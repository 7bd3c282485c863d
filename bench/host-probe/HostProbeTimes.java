import io.benchctl.runtime.host.HostProbe;
import java.util.List;

/**
 * Times one cold call of {@link HostProbe#facts()} or {@link HostProbe#collect(List)} in this fresh
 * JVM (what a CLI start pays) and prints the milliseconds. Run by run.sh, one JVM per sample.
 */
public class HostProbeTimes {
    public static void main(String[] args) {
        // The CLI has configured logging before it probes; so does this, outside the timing.
        org.slf4j.LoggerFactory.getLogger(HostProbeTimes.class).debug("logging ready");
        long startNanos = System.nanoTime();
        Object result = switch (args[0]) {
            case "facts" -> HostProbe.facts();
            case "collect" -> HostProbe.collect(List.of());
            default -> throw new IllegalArgumentException("facts or collect, not " + args[0]);
        };
        long elapsedNanos = System.nanoTime() - startNanos;
        System.out.printf("%.1f%n", elapsedNanos / 1e6);
        if (result == null) {
            throw new IllegalStateException("no result");
        }
    }
}
