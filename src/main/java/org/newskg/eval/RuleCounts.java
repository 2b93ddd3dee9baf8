package org.newskg.eval;

/**
 * How one extraction rule fared in strict scoring.
 *
 * @param ignored predictions that matched only "required = no" rows or rows already matched
 */
public record RuleCounts(int tp, int fp, int ignored) {
  RuleCounts plus(int dtp, int dfp, int dignored) {
    return new RuleCounts(tp + dtp, fp + dfp, ignored + dignored);
  }
}
