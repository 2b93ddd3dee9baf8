package org.newskg.bench;

import java.util.Arrays;

/**
 * Timings of one query run several times.
 *
 * @param name the query's name ("attributions", or a bench query such as "one-actor")
 * @param rows rows in the result (the same every run)
 * @param medianMillis median run time
 * @param p95Millis 95th percentile run time (nearest rank)
 * @param runs how many timed runs
 */
public record Latency(String name, long rows, double medianMillis, double p95Millis, int runs) {
  /** From per-run times in nanoseconds. */
  public static Latency of(String name, long rows, long[] nanos) {
    if (nanos.length == 0) {
      throw new IllegalArgumentException("no runs of " + name);
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    // Nearest-rank percentile: the smallest time at least 95% of runs do not exceed.
    int rank = (int) Math.ceil(0.95 * n);
    double p95 = sorted[Math.max(0, rank - 1)];
    return new Latency(name, rows, median / 1e6, p95 / 1e6, n);
  }

  /** Rows per second at the median time (how fast results stream out). */
  public double rowsPerSecond() {
    return rows / (medianMillis / 1000.0);
  }
}
