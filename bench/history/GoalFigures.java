import io.benchctl.api.Better;
import io.benchctl.history.changepoint.ChangePoint;
import io.benchctl.history.changepoint.ChangePointDetector;
import io.benchctl.history.changepoint.ChangePointOptions;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The statistical goal on more seeds than the unit test runs, with Gaussian noise (the test
 * uses the series Otava saw, whose noise has lighter tails): 60 runs around 100 with 3 % noise,
 * how many series without a change get a change point, and how often a step at run 40 is found
 * within one run. Usage: {@code GoalFigures [seeds]}, by default 2000.
 */
public final class GoalFigures {

    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        ChangePointDetector detector = new ChangePointDetector(ChangePointOptions.DEFAULTS);
        int flagged = 0;
        for (int seed = 0; seed < seeds; seed++) {
            if (!detector.analyze(series(seed, 1), Better.LOWER).changePoints().isEmpty()) {
                flagged++;
            }
        }
        System.out.printf(Locale.ROOT, "%s, %d seeds of 60 runs with 3%% Gaussian noise%n", ChangePointOptions.DEFAULTS, seeds);
        System.out.printf(Locale.ROOT, "A/A series with a change point: %.2f%% (goal <= 1%%)%n", 100.0 * flagged / seeds);
        for (double step : new double[] {1.03, 1.05, 1.07, 1.10}) {
            int found = 0;
            for (int seed = 0; seed < seeds; seed++) {
                List<ChangePoint> points = detector.analyze(series(1_000_000 + seed, step), Better.LOWER).changePoints();
                if (points.stream().anyMatch(point -> Math.abs(point.index() - 40) <= 1)) {
                    found++;
                }
            }
            System.out.printf(Locale.ROOT, "step of %+.0f%% at run 40 found within one run: %.1f%%%s%n",
                    100 * (step - 1), 100.0 * found / seeds, step == 1.10 ? " (goal >= 95%)" : "");
        }
    }

    private static double[] series(long seed, double step) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] series = new double[60];
        for (int i = 0; i < series.length; i++) {
            series[i] = 100 * (1 + 0.03 * random.nextGaussian()) * (i >= 40 ? step : 1);
        }
        return series;
    }
}
