package org.newskg.gazetteer;

import java.util.List;
import java.util.Objects;
import org.newskg.facts.ActorKind;

/**
 * One gazetteer entry: an actor (country, organisation, person) or a place.
 *
 * @param id unique slug across all gazetteer files
 * @param actorKind the kind when the entry can act (countries, organisations, people), else null
 * @param place true when the entry is a location (countries, capitals, places)
 * @param partOf id of the enclosing place or the country, or null
 * @param speaksFor for people and bodies: id of the country or organisation, or null
 * @param role for people: their best-known role ("Prime Minister of Israel"), or null
 * @param demonyms adjectives and people-nouns for a country ("Israeli", "Israelis")
 */
public record Entry(
    String id,
    String label,
    ActorKind actorKind,
    boolean place,
    List<String> aliases,
    List<String> demonyms,
    String partOf,
    String speaksFor,
    String role,
    String wikidata,
    Double lat,
    Double lon) {
  public Entry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    aliases = List.copyOf(aliases);
    demonyms = List.copyOf(demonyms);
  }
}
