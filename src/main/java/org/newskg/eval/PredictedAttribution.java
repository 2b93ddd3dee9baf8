package org.newskg.eval;

/**
 * One row of the attributions query (article, attributor, strike, perpetrator, stance, certainty,
 * evidence) and, when known, the rule that produced it. Fields are as the query returned them;
 * empty strings stand for absent values, as in score.py.
 *
 * @param rule the extraction rule's name, or "" when it is not known
 */
public record PredictedAttribution(
    String article,
    String attributor,
    String strike,
    String perpetrator,
    String stance,
    String certainty,
    String evidence,
    String rule) {
  public PredictedAttribution {
    article = orEmpty(article);
    attributor = orEmpty(attributor);
    strike = orEmpty(strike);
    perpetrator = orEmpty(perpetrator);
    stance = orEmpty(stance);
    certainty = orEmpty(certainty);
    evidence = orEmpty(evidence);
    rule = orEmpty(rule);
  }

  static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
