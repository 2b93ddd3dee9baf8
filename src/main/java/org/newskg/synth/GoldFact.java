package org.newskg.synth;

/**
 * An attribution the generator wrote into an article, in the columns of the shared evaluation's
 * gold TSV (file, attributor, attributor_aliases, strike, perpetrator, perpetrator_aliases, stance,
 * certainty, evidence, required).
 *
 * @param required false for facts only a quotation or the outlet's own voice carries: the scorer
 *     neither rewards nor punishes finding them
 */
record GoldFact(
    Np attributor,
    String strike,
    Np perpetrator,
    String stance,
    String certainty,
    String evidence,
    boolean required) {

  String tsv(String file) {
    return String.join(
        "\t",
        file,
        attributor.label(),
        attributor.aliasField(),
        strike,
        perpetrator.label(),
        perpetrator.aliasField(),
        stance,
        certainty,
        evidence,
        required ? "yes" : "no");
  }
}
