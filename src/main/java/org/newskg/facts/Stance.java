package org.newskg.facts;

/** How an attributor relates a strike to a perpetrator. */
public enum Stance {
  ASSERTS,
  SUSPECTS,
  ACCUSES,
  CLAIMS_RESPONSIBILITY,
  DENIES,
  NEITHER_CONFIRMS_NOR_DENIES,
  REJECTS_ACCUSATION;

  /** As written in rule files, queries and the ontology: "claims_responsibility". */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Stance parse(String s) {
    return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
