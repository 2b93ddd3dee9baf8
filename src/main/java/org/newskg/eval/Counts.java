package org.newskg.eval;

/**
 * True and false positives against a number of gold rows, with score.py's precision, recall and F1
 * (each 0.0 when its denominator is 0).
 *
 * @param certaintyOk matched rows whose certainty equals the gold certainty
 * @param certaintySeen matched rows whose certainty was compared
 */
public record Counts(int tp, int fp, int gold, int certaintyOk, int certaintySeen) {
  public double precision() {
    return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return gold == 0 ? 0.0 : (double) tp / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
}
