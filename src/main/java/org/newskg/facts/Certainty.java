package org.newskg.facts;

/** How sure the attributor is, as the text expresses it. */
public enum Certainty {
  CONFIRMED,
  LIKELY,
  POSSIBLE,
  UNKNOWN;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Certainty parse(String s) {
    return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
