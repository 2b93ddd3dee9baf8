package org.newskg.eval;

/**
 * A predicted row that matches no gold row, reported once per distinct (article, attributor,
 * perpetrator, stance) as score.py counts it.
 *
 * @param row the first prediction with that key
 */
public record FalsePositive(PredictedAttribution row) {}
