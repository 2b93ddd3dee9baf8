package org.newskg.facts;

import java.util.List;
import java.util.Objects;

/**
 * An actor: country, ministry, armed group, person, unnamed official...
 *
 * @param key stable IRI local name: for gazetteer actors the gazetteer id ("united-states"); for
 *     people the slug of their canonical name; for unnamed officials, article-scoped
 *     ("000_9ab0253e334ba646-official-1") because "a U.S. official" in two articles need not be
 *     the same person
 * @param label canonical, human-readable label ("United States", "Benjamin Netanyahu", "Iraqi
 *     diplomat")
 * @param speaksForKey key of the actor this person/official/body speaks for, or null
 * @param aliases other names seen or known (never includes label)
 * @param wikidata Wikidata Q-id ("Q30") when the gazetteer knows it for sure, else null
 * @param country key of the country this actor belongs to, or null
 */
public record Actor(
    String key,
    String label,
    ActorKind kind,
    String speaksForKey,
    List<String> aliases,
    String wikidata,
    String country) {
  public Actor {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind");
    aliases = List.copyOf(aliases);
  }
}
