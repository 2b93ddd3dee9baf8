package org.newskg.bench;

/**
 * One timed pass over a corpus.
 *
 * @param seconds wall-clock time of the pass
 * @param articles articles processed
 * @param bytes UTF-8 bytes of article text processed (0 when the pass does not see text)
 * @param peakHeapBytes the most heap in use at any point of the pass (sum of the heap pools' peaks)
 */
public record Rate(double seconds, long articles, long bytes, long peakHeapBytes) {
  public Rate {
    if (seconds <= 0) {
      // A pass over a handful of tiny articles can finish within the timer's resolution.
      seconds = 1e-9;
    }
  }

  public double articlesPerSecond() {
    return articles / seconds;
  }

  /** Megabytes (10^6 bytes) of text per second. */
  public double megabytesPerSecond() {
    return bytes / 1e6 / seconds;
  }
}
