package org.newskg.facts;

/** Kinds of strike; each maps to an individual of nkg:StrikeKind. */
public enum StrikeKind {
  AIRSTRIKE,
  DRONE_ATTACK,
  ROCKET_ATTACK,
  MISSILE_STRIKE,
  BOMBING,
  SHELLING,
  EXPLOSION,
  ATTACK;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
