package org.newskg.text;

import java.util.Objects;

/**
 * A multi-token chunk found before the rules run: an actor, a strike, a location, a date, a
 * quotation. Rules refer to mentions by {@code type}; mentions may nest or overlap.
 *
 * @param type upper case: "ACTOR", "STRIKE", "LOCATION", "DATE", "QUOTE"
 * @param kind lower case sub-kind or null: for ACTOR an actor kind ("country", "person",
 *     "unnamed_official" ...), for STRIKE a strike kind ("airstrike" ...)
 * @param start first token index (inclusive)
 * @param end last token index + 1 (exclusive)
 * @param value what the annotator attaches (e.g. the gazetteer entry); opaque to the rule engine
 */
public record Mention(String type, String kind, int start, int end, Object value) {
  public Mention {
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad mention span " + start + ".." + end);
    }
  }

  public int length() {
    return end - start;
  }
}
