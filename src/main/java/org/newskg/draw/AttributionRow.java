package org.newskg.draw;

import java.util.Objects;

/**
 * One attribution as the drawing needs it: who (with their kind) attributes which strike to whom,
 * how, and the sentence that says so.
 *
 * @param article the article's file name
 * @param attribution the attribution's IRI
 * @param attributorIri the attributor's IRI, which identifies its node
 * @param attributorKind local name of the attributor's nkg:Actor subclass ("Country"), or "Actor"
 * @param strike the strike's label
 * @param stance local name of the stance ("suspects")
 * @param certainty local name of the certainty ("possible")
 * @param evidence the sentence text
 */
public record AttributionRow(
    String article,
    String attribution,
    String attributorIri,
    String attributor,
    String attributorKind,
    String strike,
    String perpetratorIri,
    String perpetrator,
    String perpetratorKind,
    String stance,
    String certainty,
    String evidence) {
  public AttributionRow {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(attributorIri, "attributorIri");
    Objects.requireNonNull(attributor, "attributor");
    Objects.requireNonNull(attributorKind, "attributorKind");
    Objects.requireNonNull(strike, "strike");
    Objects.requireNonNull(perpetratorIri, "perpetratorIri");
    Objects.requireNonNull(perpetrator, "perpetrator");
    Objects.requireNonNull(perpetratorKind, "perpetratorKind");
    Objects.requireNonNull(stance, "stance");
    Objects.requireNonNull(certainty, "certainty");
    Objects.requireNonNull(evidence, "evidence");
  }
}
