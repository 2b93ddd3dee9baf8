package org.newskg.facts;

import java.util.Objects;

/**
 * A claim that a strike was carried out by an actor. Several, conflicting attributions of one
 * strike coexist.
 *
 * @param key article-scoped local name ("attribution-2")
 * @param statementKey the {@link Statement} that carries it, or null when the article says it in
 *     its own voice
 * @param evidence the sentence that states it
 * @param rule name of the rule that produced it
 */
public record Attribution(
    String key,
    String attributorKey,
    String strikeKey,
    String perpetratorKey,
    Stance stance,
    Certainty certainty,
    SentenceRef evidence,
    String statementKey,
    String rule) {
  public Attribution {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(attributorKey, "attributorKey");
    Objects.requireNonNull(strikeKey, "strikeKey");
    Objects.requireNonNull(perpetratorKey, "perpetratorKey");
    Objects.requireNonNull(stance, "stance");
    Objects.requireNonNull(certainty, "certainty");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(rule, "rule");
  }
}
