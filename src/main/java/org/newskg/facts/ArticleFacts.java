package org.newskg.facts;

import java.util.List;
import java.util.Objects;

/**
 * Everything extracted from one article; the unit that the graph layer writes into one named
 * graph. Lists are in document order and their order is deterministic.
 *
 * @param actors every actor referred to by the other facts (gazetteer actors included)
 * @param locations every location referred to by strikes, with the locations they are part of
 */
public record ArticleFacts(
    ArticleMeta meta,
    List<SentenceRef> sentences,
    List<Actor> actors,
    List<Location> locations,
    List<Strike> strikes,
    List<Statement> statements,
    List<Attribution> attributions) {
  public ArticleFacts {
    Objects.requireNonNull(meta, "meta");
    sentences = List.copyOf(sentences);
    actors = List.copyOf(actors);
    locations = List.copyOf(locations);
    strikes = List.copyOf(strikes);
    statements = List.copyOf(statements);
    attributions = List.copyOf(attributions);
  }
}
