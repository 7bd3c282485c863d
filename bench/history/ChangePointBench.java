import io.benchctl.api.Better;
import io.benchctl.history.changepoint.Analysis;
import io.benchctl.history.changepoint.ChangePointDetector;
import io.benchctl.history.changepoint.ChangePointOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Speed of change-point detection over a large history (run from bench/history/run.sh):
 * <ul>
 *   <li><b>full</b>: {@code analyze} over every metric's whole series, as after loading a store
 *       that keeps no analysis state;
 *   <li><b>add one run</b>: {@code extend} of every metric's kept state by one new run, as after
 *       each CI run.
 * </ul>
 * Each figure is the median of several repeats after warm-up, in one thread, as wall time and
 * as the thread's CPU time (which other load on the machine does not inflate). The series are
 * Gaussian noise (CV 3 %) with a 10 % step every 500 runs or so, so that the weak and final
 * change points are as many as a real history's.
 *
 * <p>Usage: {@code ChangePointBench [runs] [metrics] [repeats]}, by default 10000 50 9.
 */
public final class ChangePointBench {

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int metrics = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 9;
        double[][] history = history(runs, metrics, 20261207);
        ChangePointDetector detector = new ChangePointDetector(ChangePointOptions.DEFAULTS);

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] fullMillis = new double[repeats];
        double[] fullCpuMillis = new double[repeats];
        int changePoints = 0;
        for (int r = -2; r < repeats; r++) {
            long start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            changePoints = 0;
            for (double[] series : history) {
                changePoints += detector.analyze(series, Better.LOWER).changePoints().size();
            }
            if (r >= 0) {
                fullMillis[r] = (System.nanoTime() - start) / 1e6;
                fullCpuMillis[r] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
            }
        }

        Analysis[] kept = new Analysis[metrics];
        for (int m = 0; m < metrics; m++) {
            kept[m] = detector.analyze(Arrays.copyOf(history[m], runs - 1), Better.LOWER);
        }
        double[] addMillis = new double[repeats];
        double[] addCpuMillis = new double[repeats];
        for (int r = -20; r < repeats; r++) {
            long start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            for (int m = 0; m < metrics; m++) {
                Analysis extended = detector.extend(kept[m], history[m], Better.LOWER);
                if (extended.state().length() != runs) {
                    throw new IllegalStateException("extend did not reach run " + runs);
                }
            }
            if (r >= 0) {
                addMillis[r] = (System.nanoTime() - start) / 1e6;
                addCpuMillis[r] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
            }
        }

        System.out.printf(Locale.ROOT, "%s, %d runs x %d metrics, %d repeats, %d change points found%n",
                ChangePointOptions.DEFAULTS, runs, metrics, repeats, changePoints);
        System.out.printf(Locale.ROOT, "full check (goal <= 2000 ms):  median %7.1f ms wall, %7.1f ms CPU;  wall samples %s%n",
                median(fullMillis), median(fullCpuMillis), samples(fullMillis));
        System.out.printf(Locale.ROOT, "add one run (goal <= 50 ms):   median %7.1f ms wall, %7.1f ms CPU;  wall samples %s%n",
                median(addMillis), median(addCpuMillis), samples(addMillis));
    }

    private static double[][] history(int runs, int metrics, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] history = new double[metrics][runs];
        for (double[] series : history) {
            double level = 100;
            for (int i = 0; i < runs; i++) {
                if (random.nextInt(500) == 0) {
                    level *= random.nextBoolean() ? 1.1 : 1 / 1.1;
                }
                series[i] = level * (1 + 0.03 * random.nextGaussian());
            }
        }
        return history;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String samples(double[] values) {
        StringBuilder text = new StringBuilder();
        for (double value : values) {
            text.append(String.format(Locale.ROOT, "%.1f ", value));
        }
        return text.toString().trim();
    }
}
