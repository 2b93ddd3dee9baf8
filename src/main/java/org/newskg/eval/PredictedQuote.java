package org.newskg.eval;

/**
 * One row of the quotes query (article, speaker, quote) and, when known, the rule that produced it.
 *
 * @param rule the extraction rule's name, or "" when it is not known
 */
public record PredictedQuote(String article, String speaker, String quote, String rule) {
  public PredictedQuote {
    article = PredictedAttribution.orEmpty(article);
    speaker = PredictedAttribution.orEmpty(speaker);
    quote = PredictedAttribution.orEmpty(quote);
    rule = PredictedAttribution.orEmpty(rule);
  }
}
