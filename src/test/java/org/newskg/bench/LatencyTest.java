package org.newskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LatencyTest {
  @Test
  void medianAndNearestRankP95OfTwentyRuns() {
    long[] nanos = new long[20];
    for (int i = 0; i < 20; i++) {
      nanos[i] = (20 - i) * 1_000_000L; // 20 ms down to 1 ms, unsorted on purpose
    }
    Latency l = Latency.of("q", 500, nanos);
    assertEquals(10.5, l.medianMillis(), 1e-9);
    assertEquals(19.0, l.p95Millis(), 1e-9, "the 19th of 20 sorted runs");
    assertEquals(20, l.runs());
    assertEquals(500 / 0.0105, l.rowsPerSecond(), 1e-6);
  }

  @Test
  void oddRunCountTakesTheMiddleRun() {
    Latency l = Latency.of("q", 1, new long[] {3_000_000L, 1_000_000L, 2_000_000L});
    assertEquals(2.0, l.medianMillis(), 1e-9);
    assertEquals(3.0, l.p95Millis(), 1e-9);
  }

  @Test
  void noRunsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Latency.of("q", 0, new long[0]));
  }

  @Test
  void ratesAreBytesAndArticlesPerSecond() {
    Rate r = new Rate(2.0, 1000, 5_000_000, 0);
    assertEquals(500.0, r.articlesPerSecond(), 1e-9);
    assertEquals(2.5, r.megabytesPerSecond(), 1e-9);
  }

  @Test
  void jsonStringsEscapeQuotesBackslashesAndControls() {
    assertEquals("\"a\\\"b\\\\c\\n\\u0001\"", Json.string("a\"b\\c\n\u0001"));
  }
}
