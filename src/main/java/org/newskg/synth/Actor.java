package org.newskg.synth;

/** A side in a story: a country (its government, military, officials) or an organisation. */
record Actor(Country country, Party party) {
  static Actor of(Country c) {
    return new Actor(c, null);
  }

  static Actor of(Party p) {
    return new Actor(null, p);
  }

  boolean isState() {
    return country != null;
  }

  /** Stable identity, for telling two actors apart and for naming their people. */
  String key() {
    return isState() ? country.id() : party.label();
  }

  /** The plain name: "the United States", "the Houthis"; labels and aliases are the story's. */
  Np name() {
    return isState()
        ? new Np(country.name(), false, country.label(), java.util.List.of())
        : new Np(party.name(), party.plural(), party.label(), java.util.List.of());
  }
}
