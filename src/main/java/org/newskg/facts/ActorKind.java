package org.newskg.facts;

/** What sort of actor a mention names; each maps to one subclass of nkg:Actor in the ontology. */
public enum ActorKind {
  COUNTRY,
  GOVERNMENT_BODY,
  MILITARY,
  ARMED_GROUP,
  COALITION,
  INTERNATIONAL_ORGANISATION,
  MEDIA,
  PERSON,
  UNNAMED_OFFICIAL;

  /** The kind as written in gazetteer and rule files: lower case with underscores. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static ActorKind parse(String s) {
    return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
