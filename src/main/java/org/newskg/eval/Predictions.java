package org.newskg.eval;

import java.util.List;
import org.newskg.store.BuildReport;

/**
 * What the project predicts for a set of articles: the rows of the canonical queries, each with the
 * rule that produced it, and the report of the in-memory build.
 */
public record Predictions(
    List<PredictedAttribution> attributions, List<PredictedQuote> quotes, BuildReport build) {
  public Predictions {
    attributions = List.copyOf(attributions);
    quotes = List.copyOf(quotes);
  }
}
