package org.newskg.eval;

import java.util.List;
import java.util.Map;

/**
 * The result of scoring attributions.
 *
 * @param strict the stance must match exactly
 * @param lenient only the stance's polarity must match
 * @param byStance strict counts per gold stance (tp, gold) and predicted stance (fp), sorted by
 *     stance
 * @param byRule strict counts per rule name, sorted by name ("" = rule unknown)
 * @param misses required gold rows no prediction matched (strict), in gold order
 * @param falsePositives strict false positives, in prediction order
 */
public record AttributionScore(
    Counts strict,
    Counts lenient,
    Map<String, Counts> byStance,
    Map<String, RuleCounts> byRule,
    List<GoldAttribution> misses,
    List<FalsePositive> falsePositives) {
  public AttributionScore {
    byStance = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byStance));
    byRule = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byRule));
    misses = List.copyOf(misses);
    falsePositives = List.copyOf(falsePositives);
  }
}
