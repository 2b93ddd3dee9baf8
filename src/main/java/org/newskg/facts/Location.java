package org.newskg.facts;

import java.util.Objects;

/**
 * A place. Gazetteer places have stable keys ("baghdad"); {@code partOfKey} links a city to its
 * country. Coordinates are null where the gazetteer has none.
 */
public record Location(String key, String label, String partOfKey, Double lat, Double lon) {
  public Location {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
  }
}
