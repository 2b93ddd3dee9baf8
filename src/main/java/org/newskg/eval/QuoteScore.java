package org.newskg.eval;

import java.util.List;
import java.util.Map;

/**
 * The result of scoring direct quotes.
 *
 * @param counts tp, fp and gold rows (certainty fields unused)
 * @param wrongSpeaker false positives whose quote matched a gold quote but not its speaker
 * @param byRule counts per rule name, sorted by name ("" = rule unknown)
 * @param misses gold quotes no prediction matched
 * @param falsePositives predictions that matched no gold quote with their speaker
 */
public record QuoteScore(
    Counts counts,
    int wrongSpeaker,
    Map<String, RuleCounts> byRule,
    List<GoldQuote> misses,
    List<PredictedQuote> falsePositives) {
  public QuoteScore {
    byRule = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byRule));
    misses = List.copyOf(misses);
    falsePositives = List.copyOf(falsePositives);
  }
}
