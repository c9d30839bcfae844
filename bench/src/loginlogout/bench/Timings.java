package loginlogout.bench;

import java.util.Arrays;

/** Median and 95th percentile of repeated runs, in milliseconds. */
record Timings(double median, double p95, int runs) {

    static Timings of(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Timings(percentile(sorted, 50), percentile(sorted, 95), sorted.length);
    }

    // Nearest rank: the smallest value that at least p % of the runs do not exceed.
    private static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** Times {@code run} {@code runs} times after {@code warmUp} untimed runs. */
    static Timings measure(int warmUp, int runs, Run run) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            run.once();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            run.once();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        return of(millis);
    }

    interface Run {
        void once() throws Exception;
    }
}
